/** A numbered list of named items, each with its points (the four elements, the eight bakens). */
export function TitledPoints({ items }: { items: readonly { id: string; title: string; points: readonly string[] }[] }) {
  return (
    <ol className="aid-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title}</strong>
          <ul>
            {item.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
