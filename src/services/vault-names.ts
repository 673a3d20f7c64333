// Where the secrets vault lives, apart from the code that opens it, so tests can reach the same
// IndexedDB from inside the worker without loading the extension's modules.
export const VAULT_DB = 'incident-desk-vault';
export const VAULT_STORE = 'secrets';
