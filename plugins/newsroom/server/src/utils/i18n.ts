import type { Core } from '@strapi/strapi';

/** The part of Strapi's i18n plugin the newsroom relies on (`@strapi/i18n` ships no public types for it). */
export interface I18nLocale {
  id: number;
  code: string;
  name: string;
}

export interface I18nLocalesService {
  find(params?: Record<string, unknown>): Promise<I18nLocale[]>;
  findByCode(code: string): Promise<I18nLocale | null>;
  create(locale: { code: string; name: string }): Promise<I18nLocale>;
  getDefaultLocale(): Promise<string | null | undefined>;
  setDefaultLocale(params: { code: string }): Promise<unknown>;
}

export interface I18nIsoLocalesService {
  getIsoLocales(): Array<{ code: string; name: string }>;
}

export const i18nLocales = (strapi: Core.Strapi): I18nLocalesService =>
  strapi.plugin('i18n').service('locales') as I18nLocalesService;

export const i18nIsoLocales = (strapi: Core.Strapi): I18nIsoLocalesService =>
  strapi.plugin('i18n').service('iso-locales') as I18nIsoLocalesService;
