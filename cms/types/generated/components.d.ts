import type { Schema, Struct } from '@strapi/strapi';

export interface BodyContact extends Struct.ComponentSchema {
  collectionName: 'components_body_contacts';
  info: {
    displayName: 'Li\u00EAn h\u1EC7 (contact)';
  };
  attributes: {
    addressEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    addressVi: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    email: Schema.Attribute.Email;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    unitEn: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unitVi: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface BodyKindPeriod extends Struct.ComponentSchema {
  collectionName: 'components_body_kind_periods';
  info: {
    description: 'What kind of unit the body is, from a given date: provinces merge and cities are created.';
    displayName: 'Lo\u1EA1i h\u00ECnh theo th\u1EDDi gian (kind period)';
  };
  attributes: {
    effectiveFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<
      ['ministry', 'ministerial-agency', 'government-agency', 'province', 'city', 'commune', 'ward', 'special-zone']
    > &
      Schema.Attribute.Required;
    legalBasis: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface CampaignAsset extends Struct.ComponentSchema {
  collectionName: 'components_campaign_assets';
  info: {
    displayName: 'T\u00E0i li\u1EC7u chi\u1EBFn d\u1ECBch (campaign asset)';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    downloadable: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    file: Schema.Attribute.Media<'images' | 'files'>;
    kind: Schema.Attribute.Enumeration<['image', 'infographic', 'poster', 'banner', 'video-link', 'document']> & Schema.Attribute.Required;
    licence: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface PlanActivity extends Struct.ComponentSchema {
  collectionName: 'components_plan_activities';
  info: {
    displayName: 'Ho\u1EA1t \u0111\u1ED9ng k\u1EBF ho\u1EA1ch (plan activity)';
  };
  attributes: {
    budget: Schema.Attribute.BigInteger & Schema.Attribute.Required;
    description: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    kind: Schema.Attribute.Enumeration<
      [
        'portal-column',
        'press',
        'grassroots',
        'social-media',
        'publications',
        'events',
        'training',
        'foreign-information',
        'honours',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    quarter: Schema.Attribute.Enumeration<['q1', 'q2', 'q3', 'q4', 'all-year']> & Schema.Attribute.DefaultTo<'all-year'>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Overrides for search engines and share cards.';
    displayName: 'SEO';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    noIndex: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface TaskPressItem extends Struct.ComponentSchema {
  collectionName: 'components_task_press_items';
  info: {
    displayName: 'Tin \u0111\u00E3 \u0111\u01B0a v\u1EC1 nhi\u1EC7m v\u1EE5 (press item)';
  };
  attributes: {
    channel: Schema.Attribute.Enumeration<['portal', 'press', 'grassroots', 'social', 'foreign-press', 'digital-platform']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'press'>;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    outlet: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'body.contact': BodyContact;
      'body.kind-period': BodyKindPeriod;
      'campaign.asset': CampaignAsset;
      'plan.activity': PlanActivity;
      'shared.seo': SharedSeo;
      'task.press-item': TaskPressItem;
    }
  }
}
