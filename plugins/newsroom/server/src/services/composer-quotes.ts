import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { QuoteInput } from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import { quoteOrderProblem } from '../editorial/quote-order';
import { fieldValidationError } from '../middlewares/field-errors';
import { getService } from '../utils/get-service';
import type { ReleaseDraft } from './composer';
import type { PeopleResolver } from './people';

/**
 * Editing the quotes of a release in one locale, each request in one transaction, through the
 * Document Service (so the newsroom's validation applies: a 400 naming the field).
 */
const composerQuotes = ({ strapi }: { strapi: Core.Strapi }) => {
  const composer = () => getService(strapi, 'composer');

  /** The speaker's documentId: an existing person of the locale, or one found or created by name. */
  const speakerOf = async (
    resolver: PeopleResolver,
    speaker: QuoteInput['speaker'],
    locale: string,
  ): Promise<string> => {
    if ('documentId' in speaker) {
      const found = await resolver.byDocumentId(speaker.documentId);
      if (!found) {
        throw fieldValidationError([
          { path: ['speaker', 'documentId'], message: `no person ${speaker.documentId} in "${locale}"` },
        ]);
      }
      return found;
    }
    return resolver.byName(speaker.name);
  };

  const assertQuoteOf = (draft: ReleaseDraft, quoteId: string): void => {
    if (!draft.quotes.some((quote) => quote.documentId === quoteId)) {
      throw new errors.NotFoundError(`Release ${draft.documentId} has no quote ${quoteId} in "${draft.locale}"`);
    }
  };

  /** The fields of a quote write that the input gives (undefined ones left out). */
  const quoteData = async (input: Partial<QuoteInput>, locale: string): Promise<Record<string, unknown>> => {
    const data: Record<string, unknown> = {};
    if (input.text !== undefined) data.text = input.text;
    if (input.speakerRole !== undefined) data.speakerRole = input.speakerRole;
    if (input.saidAt !== undefined) data.saidAt = input.saidAt;
    if (input.speaker !== undefined)
      data.speaker = await speakerOf(getService(strapi, 'people').resolver(locale), input.speaker, locale);
    return data;
  };

  return {
    /** Adds a quote after the others (order = the highest + 1). */
    async add(documentId: string, locale: string, input: QuoteInput): Promise<void> {
      await strapi.db.transaction(async () => {
        const draft = await composer().draft(documentId, locale);
        const order = draft.quotes.reduce((max, quote) => Math.max(max, quote.order), -1) + 1;
        const data = await quoteData(input, locale);
        await strapi.documents(UIDS.quote).create({
          locale,
          data: { speakerRole: null, saidAt: null, ...data, order, release: documentId, sourceLocale: locale },
        } as never);
        await composer().touch(documentId, locale);
      });
    },

    async update(documentId: string, quoteId: string, locale: string, input: Partial<QuoteInput>): Promise<void> {
      await strapi.db.transaction(async () => {
        assertQuoteOf(await composer().draft(documentId, locale), quoteId);
        const data = await quoteData(input, locale);
        if (Object.keys(data).length === 0) return;
        await strapi.documents(UIDS.quote).update({ documentId: quoteId, locale, data } as never);
        await composer().touch(documentId, locale);
      });
    },

    /** Deletes the quote in this locale (its draft and published versions; other locales keep theirs). */
    async remove(documentId: string, quoteId: string, locale: string): Promise<void> {
      await strapi.db.transaction(async () => {
        assertQuoteOf(await composer().draft(documentId, locale), quoteId);
        await strapi.documents(UIDS.quote).delete({ documentId: quoteId, locale } as never);
        await composer().touch(documentId, locale);
      });
    },

    /** Orders the quotes as listed: `documentIds` must name every quote of the release in the locale once. */
    async reorder(documentId: string, locale: string, documentIds: string[]): Promise<void> {
      await strapi.db.transaction(async () => {
        const draft = await composer().draft(documentId, locale);
        const problem = quoteOrderProblem(
          draft.quotes.map((quote) => quote.documentId),
          documentIds,
        );
        if (problem) throw fieldValidationError([{ path: ['documentIds'], message: problem }]);
        for (const [order, quoteId] of documentIds.entries()) {
          if (draft.quotes.find((quote) => quote.documentId === quoteId)?.order === order) continue;
          await strapi.documents(UIDS.quote).update({ documentId: quoteId, locale, data: { order } } as never);
        }
        await composer().touch(documentId, locale);
      });
    },
  };
};

export type ComposerQuotesService = ReturnType<typeof composerQuotes>;
export default composerQuotes;
