// Commands of direct creator uploads: reserve (a new or a taken custom id, or an assigned one) and
// post a file to the one-time URL (first time, and again).
import type { Fact } from '../expectation.js';
import { pick, type ImageModel, type Model } from '../model.js';
import type { Capture, Real } from '../real.js';
import { base64Of, expectation, FILES, metaOf, type Command, type MetaChoice } from './kit.js';

/** How far ahead a direct upload's `expiry` is set when one is sent: inside the spec's window, computed when sent. */
const EXPIRY_AHEAD_MS = 10 * 60_000;

export class CreateDirectUpload implements Command {
  constructor(
    readonly custom: boolean,
    readonly reuse: number | null,
    readonly meta: MetaChoice,
    readonly requireSigned: boolean,
    readonly withExpiry: boolean,
    readonly creator: number,
  ) {}

  check = (m: Readonly<Model>) => this.reuse === null || m.takenIds().length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const taken = this.reuse === null ? undefined : pick(m.takenIds(), this.reuse);
    const id = taken ?? (this.custom ? m.nextCustomId() : undefined);
    const requireSignedURLs = id === undefined && this.requireSigned;
    const meta = metaOf(m, this.meta);
    const creator = m.naming.creators[this.creator % m.naming.creators.length];
    const fields: Record<string, string> = {
      metadata: JSON.stringify(meta),
      creator,
      ...(id === undefined ? {} : { id }),
      ...(requireSignedURLs ? { requireSignedURLs: 'true' } : {}),
      // Relative to when it is sent, never to when the sequence was generated.
      ...(this.withExpiry ? { expiry: new Date(Date.now() + EXPIRY_AHEAD_MS).toISOString() } : {}),
    };
    const label = `reserve a direct upload ${id === undefined ? '(id assigned)' : `under ${id}`}`;
    const answer = await r.api('createDirectUpload', label, { body: { kind: 'multipart', fields } });
    if (taken !== undefined) {
      await r.expect(label, answer, [
        expectation('uniqueness', ['uploadImage.custom-id-taken', 'open:refusal-status'], `a direct upload under the taken id ${taken} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    const idFact: Fact =
      id === undefined ? { kind: 'none-of', pointer: '/result/id', values: m.takenIds() } : { kind: 'equals', pointer: '/result/id', value: id };
    const shown = (answer.json as { result?: { id?: unknown; uploadURL?: unknown } } | undefined)?.result;
    const captures: Capture[] = [];
    if (id === undefined && typeof shown?.id === 'string') captures.push({ variable: r.variable('IMAGE'), value: shown.id, pointer: '/result/id' });
    if (typeof shown?.uploadURL === 'string') captures.push({ variable: r.variable('UPLOAD_URL'), value: shown.uploadURL, pointer: '/result/uploadURL' });
    await r.expect(
      label,
      answer,
      [
        expectation('positive_data_acceptance', ['createDirectUpload.draft'], 'a valid direct upload is reserved', [{ kind: 'status', is: '2xx' }]),
        expectation('drafts', ['createDirectUpload.draft'], 'its answer names the reserved id', [idFact]),
      ],
      { captures },
    );
    const image: ImageModel = { id: String(shown!.id), custom: id !== undefined, meta, creator, requireSignedURLs, state: 'draft' };
    m.images.push(image);
    m.uploads.push({ imageId: image.id, url: String(shown!.uploadURL), used: false });
  }

  toString = () =>
    `CreateDirectUpload(${this.reuse === null ? (this.custom ? 'custom id' : 'assigned id') : `taken id #${this.reuse}`}, ${JSON.stringify(this.meta)}${this.requireSigned ? ', signed' : ''}${this.withExpiry ? ', expiry' : ''}, creator ${this.creator})`;
}

export class PostToUploadUrl implements Command {
  constructor(
    /** To a URL that already took its file (which must refuse), or to one that has not. */
    readonly again: boolean,
    readonly n: number,
    readonly file: number,
  ) {}

  #usable = (m: Readonly<Model>) => m.uploads.filter((u) => !u.orphaned && u.used === this.again);

  check = (m: Readonly<Model>) => this.#usable(m).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const upload = pick(this.#usable(m), this.n)!;
    const file = FILES[this.file % FILES.length];
    const label = `post a file to the upload URL of ${upload.imageId}${upload.used ? ' (again)' : ''}`;
    const answer = await r.postFile(upload.url, file);
    if (upload.used) {
      await r.expect(label, answer, [
        expectation('one_time_upload_urls', ['createDirectUpload.one-time', 'delivery.not-the-api'], 'a second file to a one-time upload URL is refused', [
          { kind: 'status', is: '4xx' },
        ]),
      ]);
      return;
    }
    await r.expect(label, answer, [
      expectation('drafts', ['createDirectUpload.completes', 'delivery.not-the-api'], 'the upload URL takes the file', [{ kind: 'status', is: '2xx' }]),
    ]);
    upload.used = true;
    const image = m.imageById(upload.imageId);
    if (image) Object.assign(image, { state: 'stored', file: base64Of(file.bytes) } satisfies Partial<ImageModel>);
  }

  toString = () => `PostToUploadUrl(${this.again ? 'again ' : ''}#${this.n}, file ${this.file})`;
}
