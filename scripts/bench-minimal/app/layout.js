// The smallest App Router page of the repo's Next version (scripts/bench-reader-weight.mjs):
// what every App Router page loads, the baseline for the reader's JavaScript.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
