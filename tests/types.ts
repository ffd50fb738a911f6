// Compiled (not run) by `tsc --noEmit` in the test command: the published types accept the
// documented usage and reject misuse, so www/indexcards.d.ts cannot drift from the docs.
// tests/types-global.ts checks the same declarations as a <script src> page's global.
import IndexCards = require("../www/indexcards.js");
type Card = IndexCards.Card;
type SeriesInput = IndexCards.SeriesInput;

async function main(): Promise<void> {
  const api: IndexCards.Api = await IndexCards.ready;
  const series: SeriesInput[] = [
    { id: "RUT", name: "Russell 2000", dates: ["2024-11-15", "2024-11-22"], closes: [2303.84, 2406.67] },
    { id: "SPX", dates: Int32Array.of(20042, 20049), closes: Float64Array.of(5870.62, 5969.34) },
  ];
  const version: string = api.version;
  const tabs: IndexCards.Period[] = IndexCards.periods.filter((p) => p.tab).map((p) => p.key);
  const cards: Card[] = IndexCards.summarize(series, { asOf: "2024-11-22" });
  const ytd: number | null = cards[0].ytd;
  const note: IndexCards.Note | null = cards[0].notes.d1;
  if (note && note.reason === "since") console.log(note.date.slice(0, 4));
  const decimals: 0 | 2 = cards[0].levelDecimals;
  console.log(version, tabs, ytd, decimals);

  const csv: IndexCards.CsvSeries = IndexCards.parseCsv("date,close\n2024-11-22,2406.67\n", { id: "RUT" });
  const order: "ymd" | "mdy" | "dmy" = csv.dateOrder;
  const mark: "." | "," = csv.decimal;
  const fromBytes = IndexCards.parseCsv(new Uint8Array(0), { id: "DAX", encoding: "windows-1252", dateOrder: "dmy", decimal: "," });
  IndexCards.parseCsv(new ArrayBuffer(0), { id: "DAX" });
  const typed: IndexCards.TypedCsvSeries = IndexCards.parseCsv(new ArrayBuffer(0), { id: "DAX", typed: true });
  const firstDay: number = typed.dates[0];
  const days: Int32Array = new IndexCards.Deck([typed]).days();
  void days;
  const later: Promise<IndexCards.TypedCsvSeries> = IndexCards.parseCsvAsync(new Blob([]), { id: "X", typed: true });
  void later;
  const built: Promise<IndexCards.Deck> = IndexCards.Deck.build([typed], { signal: new AbortController().signal, slice: 4 });
  void built;
  // @ts-expect-error a slice is milliseconds, a number
  void IndexCards.Deck.build([typed], { slice: "4" });
  const line: number = fromBytes.skipped[0].line;
  console.log(order, mark, line, csv.format === "yahoo", firstDay);

  const deck = new IndexCards.Deck([csv, ...series]);
  const info: IndexCards.SeriesInfo[] = deck.series;
  const c: IndexCards.Comparison = deck.compare({ period: "MTD", reference: "RUT" });
  const first: number | null = c.series[0].return;
  const relation: IndexCards.Relation | undefined = c.smallVsLarge?.relation;
  const chart: IndexCards.Chart = deck.chart({ period: "1Y", width: 600, height: 300, spark: { width: 120 } });
  const d: string = chart.lines[0].d;
  const sample: number | null = chart.crosshair.values[0][0];
  const pushed: boolean = deck.push("RUT", "2024-11-25", 2442.03).appended;
  deck.push("RUT", 20052, 2442.5);
  const card: Card = deck.card("RUT", 20052);
  const dates: string[] = deck.dates();
  deck.cards();
  deck.cards(null);
  deck.free();
  console.log(info, first, relation, d, sample, pushed, card, dates);

  const el = document.querySelector("index-cards");
  if (el) {
    el.data = series;
    el.push("RUT", "2024-11-25", 2442.03);
    const shown: Card[] = el.cards;
    console.log(shown, el.asOf, el.locale);
  }
  const picked = document.querySelector("input")?.files;
  if (el && picked) el.data = picked;

  // @ts-expect-error not a period
  deck.compare({ period: "2W" });
  // @ts-expect-error the chart's size is width/height, not chart: { … }
  deck.chart({ chart: { width: 600 } });
  // @ts-expect-error closes must be numbers
  IndexCards.summarize([{ id: "X", dates: ["2024-01-02"], closes: ["1"] }]);
  // @ts-expect-error unknown option
  IndexCards.summarize(series, { asof: "2024-11-22" });
  // @ts-expect-error a File is read first: parseCsv(await file.arrayBuffer(), …)
  IndexCards.parseCsv(new Blob([]), { id: "X" });
  // @ts-expect-error parseCsv needs an id
  IndexCards.parseCsv("date,close\n", {});
  // @ts-expect-error not a decimal mark
  IndexCards.parseCsv("date,close\n", { id: "X", decimal: ";" });
  // @ts-expect-error version is a string, not a function
  IndexCards.version();
  // @ts-expect-error removed: new IndexCards.Deck(series).compare(…)
  IndexCards.compare(series);
  // @ts-expect-error removed: formatting is the element's (Intl)
  IndexCards.formatPct(0.1);
  // @ts-expect-error removed: the tests' memory hook is not in the types
  IndexCards.memoryBytes();
  // @ts-expect-error removed: deck.series
  console.log(deck.ids);
  // @ts-expect-error a close is a number
  deck.push("RUT", "2024-11-25", "2442.03");
  // @ts-expect-error periods are read-only
  IndexCards.periods.push(IndexCards.periods[0]);
}
void main;
