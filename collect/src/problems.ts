/**
 * Errors as `application/problem+json` (RFC 9457), in French or English by `Accept-Language`.
 * Each kind of error has a stable `type` (a URN, so that no one expects a page behind it), the
 * HTTP status, and a title in both languages; `detail` says what to do.
 */
export type Lang = 'fr' | 'en';

interface ProblemText {
  status: number;
  fr: [title: string, detail: string];
  en: [title: string, detail: string];
}

export const PROBLEMS = {
  'bad-request': {
    status: 400,
    fr: ['Requête invalide', 'La requête ne peut pas être lue.'],
    en: ['Bad request', 'The request cannot be read.'],
  },
  'invalid-json': {
    status: 400,
    fr: ['JSON invalide', 'Le corps de la requête n’est pas du JSON valide.'],
    en: ['Invalid JSON', 'The request body is not valid JSON.'],
  },
  'invalid-encoding': {
    status: 400,
    fr: ['Encodage invalide', 'Le corps de la requête n’est pas du texte UTF-8 valide.'],
    en: ['Invalid encoding', 'The request body is not valid UTF-8 text.'],
  },
  'invalid-submission': {
    status: 400,
    fr: ['Envoi non conforme', 'L’envoi ne suit pas le format partenariat-submission, version 1 : voir « errors ».'],
    en: ['Submission does not match', 'The submission does not follow the partenariat-submission format, version 1: see "errors".'],
  },
  'invalid-campaign': {
    status: 400,
    fr: ['Campagne non conforme', 'La description de la campagne est incomplète ou erronée : voir « errors ».'],
    en: ['Campaign does not match', 'The campaign description is incomplete or wrong: see "errors".'],
  },
  unauthorized: {
    status: 401,
    fr: ['Jeton d’administration requis', 'Cette adresse demande l’en-tête « Authorization: Bearer <jeton> » avec le jeton d’administration du collecteur.'],
    en: ['Admin token required', 'This address needs the header "Authorization: Bearer <token>" with the collector\'s admin token.'],
  },
  'facilitator-required': {
    status: 401,
    fr: ['Clé d’animation requise', 'Cette adresse est réservée à l’animation de l’atelier : ouvrez l’adresse de l’écran de la salle affichée dans le terminal.'],
    en: ['Facilitator key required', 'This address is for the workshop’s facilitator only: open the room screen’s address shown in the terminal.'],
  },
  'invalid-roles': {
    status: 400,
    fr: ['Tableau des rôles non conforme', 'Le tableau des rôles envoyé ne respecte pas le format attendu : voir « errors ».'],
    en: ['Role table does not match', 'The role table sent does not match the expected format: see "errors".'],
  },
  'atelier-ended': {
    status: 410,
    fr: ['Atelier terminé', 'Cet atelier est terminé : il ne reçoit plus rien.'],
    en: ['Workshop ended', 'This workshop has ended: it no longer receives anything.'],
  },
  'receipt-required': {
    status: 401,
    fr: ['Reçu requis', 'Retirer un envoi demande l’en-tête « Authorization: Receipt <reçu> » avec le reçu donné à l’envoi.'],
    en: ['Receipt required', 'Withdrawing a submission needs the header "Authorization: Receipt <receipt>" with the receipt given when it was sent.'],
  },
  'receipt-mismatch': {
    status: 403,
    fr: ['Reçu incorrect', 'Ce reçu n’est pas celui de cet envoi.'],
    en: ['Wrong receipt', 'This receipt is not the one of this submission.'],
  },
  'origin-not-allowed': {
    status: 403,
    fr: ['Site non autorisé', 'Cette campagne n’accepte pas les envois depuis ce site.'],
    en: ['Site not allowed', 'This campaign does not accept submissions from this site.'],
  },
  'not-found': {
    status: 404,
    fr: ['Introuvable', 'Cette adresse n’existe pas sur ce collecteur.'],
    en: ['Not found', 'This address does not exist on this collector.'],
  },
  'campaign-not-found': {
    status: 404,
    fr: ['Campagne inconnue', 'Aucune campagne ne porte cet identifiant.'],
    en: ['Unknown campaign', 'No campaign has this id.'],
  },
  'submission-not-found': {
    status: 404,
    fr: ['Envoi introuvable', 'Aucun envoi de cette campagne ne porte cet identifiant ; il a peut-être déjà été retiré.'],
    en: ['Submission not found', 'No submission to this campaign has this id; it may have been withdrawn already.'],
  },
  'method-not-allowed': {
    status: 405,
    fr: ['Méthode non permise', 'Cette adresse n’accepte pas cette méthode.'],
    en: ['Method not allowed', 'This address does not accept this method.'],
  },
  'campaign-not-open': {
    status: 409,
    fr: ['Campagne pas encore ouverte', 'Cette campagne n’accepte pas encore d’envois ; réessayez après son ouverture.'],
    en: ['Campaign not open yet', 'This campaign does not accept submissions yet; try again once it opens.'],
  },
  'result-conflict': {
    status: 409,
    fr: ['Envoi déjà reçu, avec un autre contenu', 'Un résultat portant le même identifiant a déjà été reçu. Pour le remplacer, joignez son reçu (« Authorization: Receipt <reçu> »).'],
    en: ['Already received, with other content', 'A result with the same id was already received. To replace it, send its receipt ("Authorization: Receipt <receipt>").'],
  },
  'instrument-locked': {
    status: 409,
    fr: ['Questionnaire verrouillé', 'Cette campagne a déjà reçu des résultats : son questionnaire ne peut plus changer. Publiez une nouvelle campagne.'],
    en: ['Questionnaire locked', 'This campaign has already received results: its questionnaire can no longer change. Publish a new campaign.'],
  },
  'campaign-closed': {
    status: 410,
    fr: ['Campagne fermée', 'Cette campagne est fermée et n’accepte plus d’envois.'],
    en: ['Campaign closed', 'This campaign is closed and no longer accepts submissions.'],
  },
  'too-large': {
    status: 413,
    fr: ['Envoi trop volumineux', 'Le corps de la requête dépasse la taille permise par ce collecteur.'],
    en: ['Too large', 'The request body is larger than this collector allows.'],
  },
  'unsupported-media-type': {
    status: 415,
    fr: ['Format non pris en charge', 'Envoyez du JSON, avec l’en-tête « Content-Type: application/json ».'],
    en: ['Unsupported media type', 'Send JSON, with the header "Content-Type: application/json".'],
  },
  'rate-limited': {
    status: 429,
    fr: ['Trop de requêtes', 'Trop de requêtes depuis cette adresse ; réessayez dans un moment.'],
    en: ['Too many requests', 'Too many requests from this address; try again in a moment.'],
  },
  'server-error': {
    status: 500,
    fr: ['Erreur du collecteur', 'Le collecteur n’a pas pu traiter la requête ; rien n’a été enregistré. Réessayez plus tard.'],
    en: ['Collector error', 'The collector could not handle the request; nothing was stored. Try again later.'],
  },
  'storage-full': {
    status: 503,
    fr: ['Espace disque plein', 'Le collecteur n’a plus de place pour enregistrer ; rien n’a été enregistré. Réessayez plus tard : vos résultats restent dans votre navigateur.'],
    en: ['Storage full', 'The collector has no room left to store anything; nothing was stored. Try again later: your results stay in your browser.'],
  },
  unavailable: {
    status: 503,
    fr: ['Base de données indisponible', 'Le collecteur ne joint pas sa base de données.'],
    en: ['Database unavailable', 'The collector cannot reach its database.'],
  },
} satisfies Record<string, ProblemText>;

export type ProblemKind = keyof typeof PROBLEMS;

export interface ProblemIssue {
  path: string;
  reason: string;
  message: string;
}

/** A problem to send: `throw new Problem('campaign-closed')` from a route. */
export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly issues?: ProblemIssue[];
  readonly headers?: Record<string, string>;

  constructor(kind: ProblemKind, extra: { issues?: ProblemIssue[]; headers?: Record<string, string> } = {}) {
    super(kind);
    this.kind = kind;
    this.issues = extra.issues;
    this.headers = extra.headers;
  }

  get status(): number {
    return PROBLEMS[this.kind].status;
  }

  /** The problem document. */
  body(lang: Lang, instance: string): Record<string, unknown> {
    const [title, detail] = PROBLEMS[this.kind][lang];
    return {
      type: `urn:partenariat:problem:${this.kind}`,
      title,
      status: this.status,
      detail,
      instance,
      ...(this.issues ? { errors: this.issues } : {}),
    };
  }
}

/** French unless the request prefers English (French is the source language). */
export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'fr';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of acceptLanguage.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'fr' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'fr';
}
