/**
 * The matcher for pages: content scripts send their text here (shared/text/batch.ts) rather than each page
 * decoding the compiled annotator (megabytes at 10,000 entities) and running it on its own main thread. The
 * encoded annotator (Store.annotatorState, persisted per fact-base version) is decoded once per version, and
 * restored once per set of options.
 */
import {
  type AnnotatorOptions,
  type AnnotatorState,
  type CompiledAnnotator,
  decodeAnnotatorState,
  restoreAnnotator,
} from '../../shared/text/annotate.ts';
import { annotateBatch, type BatchAnswer, type BatchPiece, type PageContext } from '../../shared/text/batch.ts';

export class PageAnnotation {
  private restored?: { encoded: string; state: AnnotatorState; byOptions: Map<string, CompiledAnnotator> };

  constructor(private readonly encodedAnnotator: () => Promise<string>) {}

  async annotate(
    pieces: readonly BatchPiece[],
    options: Required<Pick<AnnotatorOptions, 'accentless' | 'figures'>>,
    context?: PageContext,
  ) {
    return annotateBatch(await this.annotator(options), pieces, context) satisfies BatchAnswer;
  }

  private async annotator(options: Required<Pick<AnnotatorOptions, 'accentless' | 'figures'>>) {
    const encoded = await this.encodedAnnotator();
    if (this.restored?.encoded !== encoded)
      this.restored = { encoded, state: decodeAnnotatorState(encoded), byOptions: new Map() };
    const key = `${options.accentless}/${options.figures}`;
    let annotator = this.restored.byOptions.get(key);
    if (!annotator) {
      annotator = restoreAnnotator(this.restored.state, options);
      this.restored.byOptions.set(key, annotator);
    }
    return annotator;
  }
}
