/**
 * Products and the locations each one offers, as Zendesk lists them
 * (zendesk_apps_support: product.rb PRODUCTS_AVAILABLE, location.rb LOCATIONS_AVAILABLE).
 * The legacy name is an old spelling of the product key that Zendesk still accepts.
 */
export const PRODUCTS: Readonly<Record<string, { legacyName: string; locations: readonly string[] }>> = {
  support: {
    legacyName: 'zendesk',
    locations: [
      'top_bar',
      'nav_bar',
      'ticket_sidebar',
      'new_ticket_sidebar',
      'user_sidebar',
      'organization_sidebar',
      'background',
      'modal',
      'ticket_editor',
      'system_top_bar',
      'custom_object_record_sidebar',
    ],
  },
  chat: { legacyName: 'zopim', locations: ['chat_sidebar', 'background'] },
  standalone_chat: { legacyName: 'lotus_box', locations: ['nav_bar', 'system_top_bar'] },
  sell: {
    legacyName: 'sell',
    locations: [
      'deal_card',
      'person_card',
      'company_card',
      'lead_card',
      'background',
      'modal',
      'dashboard',
      'note_editor',
      'call_log_editor',
      'email_editor',
      'top_bar',
      'visit_editor',
    ],
  },
};

/** The only location that takes `objectTypes` (and requires it). */
export const OBJECT_TYPES_LOCATION = 'custom_object_record_sidebar';

/** The product a manifest key stands for (`zendesk` → `support`), or undefined when unknown. */
export function productOf(key: string): string | undefined {
  return Object.entries(PRODUCTS).find(([name, product]) => name === key || product.legacyName === key)?.[0];
}
