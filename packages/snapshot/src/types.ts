import type { z } from 'zod';
import type * as schema from './schema.ts';

export type MediaRef = z.infer<typeof schema.mediaRef>;
export type Body = z.infer<typeof schema.body>;
export type Topic = z.infer<typeof schema.topic>;
export type Audience = z.infer<typeof schema.audience>;
export type Article = z.infer<typeof schema.article>;
export type LegalDocument = z.infer<typeof schema.legalDocument>;
export type Campaign = z.infer<typeof schema.campaign>;
export type CampaignAsset = z.infer<typeof schema.campaignAsset>;
export type Honour = z.infer<typeof schema.honour>;
export type Task = z.infer<typeof schema.task>;
export type PressItem = z.infer<typeof schema.pressItem>;
export type Bulletin = z.infer<typeof schema.bulletin>;
export type Manifest = z.infer<typeof schema.manifest>;
export type BodyContent = z.infer<typeof schema.bodyContent>;
export type { Locale } from '@column57/i18n';
