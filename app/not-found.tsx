import "./globals.css";

// Only reached for paths outside any locale that the proxy did not redirect.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="page narrow">
          <h1>404</h1>
        </main>
      </body>
    </html>
  );
}
