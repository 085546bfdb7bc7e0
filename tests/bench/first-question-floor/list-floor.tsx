// The list floor: rows drawn as plain cards, and a marker once they are on screen.
export function FloorList({ rows }: { rows: readonly { id: string; title: string; detail: string }[] }) {
  return (
    <main>
      <h1>Plan</h1>
      <ul data-bench="floor-list">
        {rows.map((row) => (
          <li key={row.id}>
            <p>{row.title}</p>
            <p>{row.detail}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
