import { loadLanguage, loadMore } from '../src/lib/i18n/translate';

// The tests read and write English as well as Dutch, and use the parts the site loads on demand
// (the upload, the report, the deck…): all their texts are loaded before any test runs (the site
// loads English only for an English reader, the rest only for those parts: translate.ts).
await Promise.all([loadLanguage('en'), loadMore()]);
