/** A text the app writes itself, in both interface languages. */
export interface Bilingual {
  zh: string;
  en: string;
}
