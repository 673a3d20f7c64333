export type { PseudonymMap, RedactionSettings, RosterPerson } from './types';
export { RedactionError } from './types';
export { findFindings, findPeople } from './find-people';
export { redact } from './redact';
export { createScanner } from './scanner';
export type { SecondOpinion, TaggedTerm, Tagger } from './second-opinion';
export { secondOpinion } from './second-opinion';
