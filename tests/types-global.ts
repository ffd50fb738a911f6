// Compiled (not run) by `tsc --noEmit`: the same declarations used as a <script src> page uses
// them, through the global `IndexCards` (a script file: no import, no export).
/// <reference path="../www/indexcards.d.ts" />

IndexCards.ready.then((api) => {
  const cards: IndexCards.Card[] = api.summarize([{ id: "RUT", dates: ["2024-11-22"], closes: [2406.67] }]);
  const deck: IndexCards.Deck = new IndexCards.Deck([{ id: "RUT", dates: ["2024-11-22"], closes: [2406.67] }]);
  const el: IndexCards.IndexCardsElement | null = document.querySelector("index-cards");
  console.log(cards[0].close, deck.dates(), el?.asOf);
  // @ts-expect-error not a period
  deck.compare({ period: "2W" });
});
