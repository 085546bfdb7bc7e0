/**
 * `npm run admin -- rotate-data-key [finish]`: seal every record under a new data key.
 *
 * With a key file: the first run writes a new key in front of the old one (the file then holds
 * both, so every process can open old and new rows; a running server reads the file again when
 * it meets a key it does not know) and re-seals every row. It can be stopped and run again:
 * it goes on with the same new key and skips rows already under it. After the server processes
 * have been restarted (from then on they seal under the new key), `finish` re-seals what is
 * left and removes the old key from the file.
 * With VOORDEUR_DATA_KEY: put the new key first ("new,old"), restart the servers, run this
 * command, then `finish`, then remove the old key from the variable.
 */
import { newDataKeyText, readKeyFile, writeKeyFile } from '../crypto/key-source';
import { parseDataKey } from '../crypto/key-ring';
import { countNotCurrent, reencryptRecords } from '../crypto/reencrypt';
import type { CommandContext } from './commands';

export async function rotateDataKey(ctx: CommandContext): Promise<number> {
  const { source, ring } = ctx.store.keys;
  const finishing = ctx.args[0] === 'finish';
  if (!finishing && source.kind === 'file') {
    const keys = readKeyFile(source.path);
    if (keys.length === 1) {
      const fresh = newDataKeyText();
      writeKeyFile(source.path, [fresh, ...keys.map((k) => k.key.toString('base64'))]);
      ctx.out(`Nieuwe sleutel ${parseDataKey(fresh, 'new key').id} staat vooraan in ${source.path}. Maak nu een reservekopie van dat bestand (apart van de database).`);
    } else {
      ctx.out(`${source.path} heeft al een nieuwe sleutel (${keys[0]!.id}): die wordt afgemaakt.`);
    }
    ring.replace(readKeyFile(source.path));
  }
  const report = await reencryptRecords(ctx.store);
  ctx.out(`${report.resealed} gegevens opnieuw versleuteld met sleutel ${ring.current.id}; nog ${report.remaining} onder een oude sleutel.`);
  if (!finishing) {
    ctx.out('Start nu de server(s) opnieuw en rond af met: npm run admin -- rotate-data-key finish');
    return 0;
  }
  if (report.remaining > 0 || (await countNotCurrent(ctx.store)) > 0) {
    ctx.out('Er zijn nog gegevens onder een oude sleutel (een server schreef ze net): start de servers opnieuw en probeer het nog eens.');
    return 1;
  }
  if (source.kind === 'file') {
    writeKeyFile(source.path, [ring.current.key.toString('base64')]);
    ctx.out(`De oude sleutel is uit ${source.path} gehaald. Bewaar de reservekopie van de nieuwe sleutel.`);
  } else {
    ctx.out('Alles staat onder de eerste sleutel van VOORDEUR_DATA_KEY: haal de oude sleutel uit die variabele.');
  }
  return 0;
}
