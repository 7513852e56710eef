import * as z from 'zod/mini';
import type {
  AppContext,
  AppMetadata,
  ColorScheme,
  CurrentUser,
  Requester,
  TicketSidebarData,
  TopBarData,
} from './types';

// The host's answers are checked, not trusted: a missing piece becomes null, never a crash.
const idSchema = z.union([z.number(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);

function parseOrNull<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.infer<Schema> | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const metadataSchema = z.looseObject({
  appId: z.optional(z.nullable(idSchema)),
  installationId: z.optional(z.nullable(idSchema)),
  name: z.optional(z.nullable(z.string())),
  version: z.optional(z.nullable(z.string())),
  settings: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

export function parseMetadata(data: unknown): AppMetadata {
  const parsed = metadataSchema.safeParse(data);
  const metadata = parsed.success ? parsed.data : {};
  return {
    appId: metadata.appId ?? 0,
    installationId: metadata.installationId ?? null,
    name: metadata.name ?? '',
    version: metadata.version ?? '',
    settings: metadata.settings ?? {},
  };
}

const contextSchema = z.looseObject({
  location: z.optional(z.string()),
  ticketId: z.optional(z.nullable(idSchema)),
  account: z.optional(z.looseObject({ subdomain: z.optional(z.string()) })),
});

export function parseContext(data: unknown): AppContext {
  const parsed = contextSchema.safeParse(data);
  const context = parsed.success ? parsed.data : {};
  return {
    location: context.location ?? '',
    ticketId: context.ticketId ?? null,
    subdomain: context.account?.subdomain ?? null,
  };
}

/** The message of zaf.app.registered: {metadata, context}. */
export function parseRegistration(data: unknown): { metadata: AppMetadata; context: AppContext } {
  const message = parseOrNull(z.looseObject({ metadata: z.unknown(), context: z.unknown() }), data);
  return { metadata: parseMetadata(message?.metadata), context: parseContext(message?.context) };
}

const identitySchema = z.looseObject({ type: z.optional(z.string()), value: z.optional(z.unknown()) });
const requesterSchema = z.looseObject({
  id: idSchema,
  name: z.optional(z.nullable(z.string())),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  identities: z.optional(z.nullable(z.array(identitySchema))),
});

function phoneOf(requester: z.infer<typeof requesterSchema>): string | null {
  const identity = requester.identities?.find(
    (entry) => entry.type === 'phone_number' && typeof entry.value === 'string',
  );
  if (typeof identity?.value === 'string') return identity.value;
  return requester.phone ?? null;
}

// Zendesk gives timeZone as an object ({ianaName, ...}) in the agent UI; accept a bare IANA name too.
const timeZoneSchema = z.union([z.string(), z.looseObject({ ianaName: z.optional(z.nullable(z.string())) })]);
const userSchema = z.looseObject({
  id: idSchema,
  name: z.optional(z.nullable(z.string())),
  locale: z.optional(z.nullable(z.string())),
  timeZone: z.optional(z.nullable(timeZoneSchema)),
});
const brandSchema = z.looseObject({ id: idSchema, name: z.optional(z.nullable(z.string())) });

export function parseRequester(value: unknown): Requester | null {
  const requester = parseOrNull(requesterSchema, value);
  if (requester === null) return null;
  return { id: requester.id, name: requester.name ?? '', email: requester.email ?? null, phone: phoneOf(requester) };
}

export function parseCurrentUser(value: unknown): CurrentUser | null {
  const user = parseOrNull(userSchema, value);
  if (user === null) return null;
  const zone = user.timeZone;
  return {
    id: user.id,
    name: user.name ?? '',
    locale: user.locale ?? 'en',
    timeZone: typeof zone === 'string' ? zone : (zone?.ianaName ?? null),
  };
}

export function parseColorScheme(value: unknown): ColorScheme | null {
  return value === 'dark' || value === 'light' ? value : null;
}

/** colorScheme.changed carries the scheme itself, or an object holding it. */
export function parseColorSchemeEvent(data: unknown): ColorScheme | null {
  const holder = parseOrNull(z.looseObject({ colorScheme: z.unknown() }), data);
  return parseColorScheme(holder === null ? data : holder.colorScheme);
}

export const SIDEBAR_PATHS = ['ticket.id', 'ticket.requester', 'ticket.brand', 'currentUser', 'colorScheme'] as const;

/** The answer to get(SIDEBAR_PATHS): {"ticket.id": 42, ..., errors: {...}}; paths that failed are null. */
export function parseTicketSidebarData(result: unknown): TicketSidebarData {
  const values = parseOrNull(z.record(z.string(), z.unknown()), result) ?? {};
  const brand = parseOrNull(brandSchema, values['ticket.brand']);
  return {
    ticketId: parseOrNull(idSchema, values['ticket.id']),
    requester: parseRequester(values['ticket.requester']),
    brand: brand === null ? null : { id: brand.id, name: brand.name ?? '' },
    currentUser: parseCurrentUser(values.currentUser),
    colorScheme: parseColorScheme(values.colorScheme),
  };
}

export const TOP_BAR_PATHS = ['currentUser', 'colorScheme'] as const;

/** The answer to get(TOP_BAR_PATHS); paths that failed are null. */
export function parseTopBarData(result: unknown): TopBarData {
  const values = parseOrNull(z.record(z.string(), z.unknown()), result) ?? {};
  return { currentUser: parseCurrentUser(values.currentUser), colorScheme: parseColorScheme(values.colorScheme) };
}
