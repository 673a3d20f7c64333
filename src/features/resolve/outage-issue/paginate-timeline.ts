// Spreads the timeline's items over the description and as many follow-up notes as it takes,
// in order, each item whole. Sizes count the newline after every item.
export function paginateTimeline(items: string[], firstRoom: number, noteRoom: number): string[][] {
  const pages: string[][] = [[]];
  let room = firstRoom;
  for (const item of items) {
    const size = item.length + 1;
    if (size > noteRoom) throw new RangeError(`A timeline item of ${item.length} characters cannot fit in a note`);
    if (size > room) {
      pages.push([]);
      room = noteRoom;
    }
    pages[pages.length - 1]!.push(item);
    room -= size;
  }
  return pages;
}
