// Demo data: only figures stated in the market recap "Russell 2000 Rally Continues" (Investing.com,
// published 2024-11-26), AS REPORTED, rounded as the article rounds them. This is not market data.
// Each series has its stated close on Friday 2024-11-22. Every earlier point is derived exactly
// from a stated percentage, close / (1 + change), at the base date that change is measured from:
//   "last week"  → the close of the week before, Friday 2024-11-15;
//   "November"   → the last close of October, 2024-10-31;
//   "this year"  → the last close of 2023, Friday 2023-12-29.
// The Nasdaq's 2024-11-11 point is its stated all-time closing high. No price is invented.
// Load your own closes through the JS API (README) for real figures.
window.INDEXCARDS_DEMO = {
  asOf: "2024-11-22",
  source: "As reported in a market recap published Nov 26, 2024 (Investing.com)",
  series: [
    {
      id: "RUT",
      name: "Russell 2000",
      asReported: true,
      dates: ["2023-12-29", "2024-10-31", "2024-11-15", "2024-11-22"],
      closes: [2407 / 1.187, 2407 / 1.10, 2407 / 1.045, 2407],
      reported: ["up 18.7% this year", "up about 10% in November", "rose 4.5% last week", "2,407 as of Friday, November 22"],
    },
    {
      id: "SPX",
      name: "S&P 500",
      asReported: true,
      dates: ["2023-12-29", "2024-11-15", "2024-11-22"],
      closes: [5969 / 1.255, 5969 / 1.017, 5969],
      reported: ["up 25.5% YTD", "rose 1.7% last week", "to 5,969"],
    },
    {
      id: "IXIC",
      name: "Nasdaq Composite",
      asReported: true,
      dates: ["2023-12-29", "2024-11-11", "2024-11-15", "2024-11-22"],
      closes: [19004 / 1.267, 19298, 19004 / 1.017, 19004],
      reported: ["up 26.7% YTD", "all-time closing high of 19,298 set on November 11", "climbed 1.7% last week", "ending the week at 19,004"],
    },
    {
      id: "DJI",
      name: "Dow Jones",
      asReported: true,
      dates: ["2023-12-29", "2024-11-15", "2024-11-22"],
      closes: [44296 / 1.187, 44296 / 1.02, 44296],
      reported: ["18.7% YTD, \"the same as the Dow\"", "up 2% last week", "closing at an all-time high of 44,296 as of November 22"],
    },
  ],
};
