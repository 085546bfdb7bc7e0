// The aid floor: the first conversation aid's title and kinds in a modal <dialog>, nothing else.
import { useEffect, useRef } from 'react';
import { activerendeVragen } from '../../../src/content/gesprekshulp';

export default function AidFloor() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} aria-labelledby="aids-title">
      <h2 id="aids-title">{activerendeVragen.title}</h2>
      <ul>
        {activerendeVragen.items.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> {item.explanation.own}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
