// Compiled (not run) by `tsc --noEmit` in the test command: the published types accept the
// documented usage and reject misuse, so www/indexcards.d.ts cannot drift from the README.
import IndexCards = require("../www/indexcards.js");
type Card = IndexCards.Card;
type SeriesInput = IndexCards.SeriesInput;
type View = IndexCards.View;

async function main(): Promise<void> {
  await IndexCards.ready;
  const series: SeriesInput[] = [
    { id: "RUT", name: "Russell 2000", dates: ["2024-11-15", "2024-11-22"], closes: [2303.84, 2406.67] },
  ];
  const cards: Card[] = IndexCards.summarize(series, { asOf: "2024-11-22" });
  const ytd: number | null = cards[0].ytd;
  const view: View = IndexCards.view(series);
  const text: string = view.cards[0].rows[0].text;
  const reason: "since" | "noPrior" | "noEarlier" | "noPeriodBase" | null = view.cards[0].rows[0].reason;
  const level: number | undefined = view.cards[0].figures?.level;
  const missing: boolean = view.cards[0].reason === "noData";
  console.log(ytd, text, IndexCards.version());
  const csv: IndexCards.CsvSeries = IndexCards.parseCsv("date,close\n2024-11-22,2406.67\n", { id: "RUT" });
  const fromBytes: IndexCards.CsvSeries = IndexCards.parseCsv(new Uint8Array(0), { id: "DAX", encoding: "windows-1252" });
  IndexCards.parseCsv(new ArrayBuffer(0), { id: "DAX" });
  console.log(fromBytes.column);
  const cmp: IndexCards.Comparison = IndexCards.compare([csv], { period: "MTD", reference: "RUT" });
  const first: number | null = cmp.series[0].return;
  const deck = new IndexCards.Deck(series);
  const d: string = deck.paths({ chart: { width: 600, height: 300 } }).chart.lines[0].d;
  const pct: string = IndexCards.formatPct(first ?? 0);
  deck.free();
  console.log(d, pct, deck.ids.length);
  const el = document.querySelector("index-cards") as IndexCards.IndexCardsElement | null;
  if (el) el.data = series;
  // @ts-expect-error not a period
  IndexCards.compare(series, { period: "2W" });
  // @ts-expect-error closes must be numbers
  IndexCards.summarize([{ id: "X", dates: ["2024-01-02"], closes: ["1"] }]);
  // @ts-expect-error unknown option
  IndexCards.summarize(series, { asof: "2024-11-22" });
  // @ts-expect-error a File is read first: parseCsv(await file.arrayBuffer(), …)
  IndexCards.parseCsv(new Blob([]), { id: "X" });
}
void main;
