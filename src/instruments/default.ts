import type { Instrument } from '../schema/instrument.js';
import { DEFAULT_DIMENSIONS, DEFAULT_SECTIONS } from './default-axes.js';

const HUB = 'HUB Mères avec pouvoir, concertation sur les partenariats';
const FLHLMQ = 'FLHLMQ, fiche « Les partenariats » (2022)';

/**
 * The default questionnaire of Partenariat: a 36-item self-assessment that a community organization
 * fills in about one of its partnerships, in about 15 minutes. Every item, recommendation and source
 * passage is drawn from two French documents (HUB Mères avec pouvoir, FLHLMQ); see docs/instrument-sources.md.
 */
export const defaultInstrument = {
  format: 'partenariat-instrument',
  id: 'partenariat-autodiagnostic',
  version: '1.0.0',
  title: {
    fr: 'Autodiagnostic de notre partenariat',
    en: 'Our partnership: a self-assessment',
  },
  description: {
    fr: 'Ce questionnaire aide votre organisme à faire le point sur un partenariat : ce qui va bien, ce qui est à discuter et ce qui est à travailler. Il se remplit en 15 minutes environ.',
    en: 'This questionnaire helps your organization take stock of a partnership: what is going well, what to discuss and what to work on. It takes about 15 minutes to fill in.',
  },

  scale: {
    choices: [
      { value: 1, label: { fr: 'Pas du tout', en: 'Not at all' } },
      { value: 2, label: { fr: 'Un peu', en: 'A little' } },
      { value: 3, label: { fr: 'En bonne partie', en: 'Mostly' } },
      { value: 4, label: { fr: 'Tout à fait', en: 'Completely' } },
    ],
    notApplicable: {
      label: { fr: 'Ne s’applique pas / Je ne sais pas', en: 'Does not apply / I don’t know' },
    },
  },

  bands: [
    {
      id: 'force',
      min: 75,
      label: { fr: 'Force', en: 'Strength' },
      description: {
        fr: 'C’est une force de votre partenariat : continuez ainsi et appuyez-vous sur elle.',
        en: 'This is a strength of your partnership: keep it up and build on it.',
      },
      recommend: false,
    },
    {
      id: 'a-discuter',
      min: 50,
      label: { fr: 'À discuter', en: 'To discuss' },
      description: {
        fr: 'Certaines choses fonctionnent, d’autres méritent que vous en parliez avec votre partenaire.',
        en: 'Some things work, others are worth talking over with your partner.',
      },
      recommend: false,
    },
    {
      id: 'a-travailler',
      min: 0,
      label: { fr: 'À travailler', en: 'To work on' },
      description: {
        fr: 'Cet aspect a besoin d’attention : les recommandations proposent des premiers pas concrets.',
        en: 'This aspect needs attention: the recommendations suggest concrete first steps.',
      },
      recommend: true,
    },
  ],

  dimensions: [
    {
      id: 'financier',
      label: DEFAULT_DIMENSIONS[0].label,
      description: {
        fr: 'Accès à des fonds complémentaires, cofinancement de projets et coûts réduits grâce à la mise en commun des ressources.',
        en: 'Access to additional funds, co-financing of projects and lower costs through pooled resources.',
      },
    },
    {
      id: 'expertise',
      label: DEFAULT_DIMENSIONS[1].label,
      description: {
        fr: 'Apport de compétences spécialisées, par exemple en santé mentale, en gestion immobilière, en éducation ou en accompagnement social.',
        en: 'Specialized skills brought in, for example in mental health, property management, education or social support.',
      },
    },
    {
      id: 'reseautage',
      label: DEFAULT_DIMENSIONS[2].label,
      description: {
        fr: 'Des liens renforcés avec les actrices et acteurs communautaires, institutionnels et privés.',
        en: 'Stronger ties with community, institutional and private-sector players.',
      },
    },
    {
      id: 'innovation-sociale',
      label: DEFAULT_DIMENSIONS[3].label,
      description: {
        fr: 'Création de modèles hybrides qui intègrent des services complémentaires pour répondre à des besoins complexes.',
        en: 'New hybrid models that bring complementary services together to meet complex needs.',
      },
    },
  ],

  sections: [
    {
      id: 'fondements',
      title: DEFAULT_SECTIONS[0].title,
      description: {
        fr: 'Ce qui fait un partenariat : une collaboration structurée entre égaux, avec un but précis, où chaque organisme garde son autonomie.',
        en: 'What makes a partnership: a structured collaboration between equals, with a precise goal, in which each organization keeps its autonomy.',
      },
    },
    {
      id: 'vision-confiance',
      title: DEFAULT_SECTIONS[1].title,
      description: {
        fr: 'Les conditions de succès : une même vision, un lien de confiance et des stratégies qui se complètent dans la durée.',
        en: 'The conditions for success: a shared vision, a bond of trust and strategies that complement each other over time.',
      },
    },
    {
      id: 'gouvernance-communication',
      title: DEFAULT_SECTIONS[2].title,
      description: {
        fr: 'Les ingrédients d’une relation qui fonctionne : des rôles clairs, une information accessible, du temps, de la transparence et des suivis.',
        en: 'The ingredients of a working relationship: clear roles, accessible information, enough time, transparency and follow-up.',
      },
    },
    {
      id: 'bonnes-pratiques',
      title: DEFAULT_SECTIONS[3].title,
      description: {
        fr: 'Des habitudes simples qui font vivre le partenariat : travailler en comité, se rencontrer, noter les décisions et célébrer les réussites.',
        en: 'Simple habits that keep the partnership alive: working in committees, meeting, recording decisions and celebrating successes.',
      },
    },
    {
      id: 'retombees',
      title: DEFAULT_SECTIONS[4].title,
      description: {
        fr: 'Ce que le partenariat apporte concrètement sur les plans financier, de l’expertise, du réseautage et de l’innovation sociale.',
        en: 'What the partnership concretely brings in terms of funding, expertise, networking and social innovation.',
      },
    },
    {
      id: 'apprendre-ensemble',
      title: DEFAULT_SECTIONS[5].title,
      description: {
        fr: 'Comment amorcer un partenariat, puis continuer d’apprendre et de réfléchir ensemble en cours de route.',
        en: 'How to start a partnership, then keep learning and thinking together along the way.',
      },
    },
  ],

  items: [
    // ── Les bases de notre partenariat (définition) ──────────────────────────
    {
      id: 'collaboration-structuree',
      section: 'fondements',
      text: {
        fr: 'Notre partenariat est une collaboration organisée, avec des rencontres prévues et des façons de travailler connues, pas de simples contacts occasionnels.',
        en: 'Our partnership is an organized collaboration, with planned meetings and known ways of working, not just occasional contacts.',
      },
      help: {
        fr: 'Par exemple : des rencontres fixées à l’avance, une personne-ressource de chaque côté, une entente écrite.',
        en: 'For example: meetings set ahead of time, a contact person on each side, a written agreement.',
      },
      recommendation: {
        fr: 'Donnez une structure à votre collaboration : nommez une personne-ressource de chaque côté et fixez dès maintenant les dates de vos prochaines rencontres.',
        en: 'Give your collaboration a structure: name a contact person on each side and set the dates of your next meetings now.',
      },
      source: {
        document: HUB,
        passage: 'Un partenariat peut être défini comme une collaboration structurée entre deux ou plusieurs parties',
      },
    },
    {
      id: 'objectifs-mission',
      section: 'fondements',
      text: {
        fr: 'Nos objectifs communs sont liés à la mission de chacun de nos organismes.',
        en: 'Our common objectives are tied to the mission of each of our organizations.',
      },
      help: {
        fr: 'Par exemple, améliorer l’entretien des espaces communs sert à la fois la mission de l’association de locataires et celle de l’office.',
        en: 'For example, better upkeep of common areas serves the mission of both the tenants’ association and the housing office.',
      },
      recommendation: {
        fr: 'Relisez ensemble la mission de chaque organisme et écrivez, en une phrase, comment votre objectif commun sert chacune d’elles.',
        en: 'Read each organization’s mission together and write down, in one sentence, how your common objective serves each of them.',
      },
      source: {
        document: FLHLMQ,
        passage: 'acceptent de travailler ensemble dans un objectif commun lié à la mission de leur organisation',
      },
    },
    {
      id: 'ressources-partagees',
      section: 'fondements',
      text: {
        fr: 'Nous mettons des ressources en commun : chaque partie apporte sa part au partenariat.',
        en: 'We pool our resources: each party contributes its share to the partnership.',
      },
      help: {
        fr: 'Par exemple : du temps de personnel, des locaux, du matériel, de l’argent ou des connaissances.',
        en: 'For example: staff time, premises, equipment, money or knowledge.',
      },
      recommendation: {
        fr: 'Faites ensemble la liste de ce que chaque partie apporte (temps, locaux, matériel, argent, savoir) et vérifiez que ce partage vous semble juste.',
        en: 'List together what each party brings (time, premises, equipment, money, know-how) and check that the split feels fair to everyone.',
      },
      source: {
        document: HUB,
        passage: 'qui partagent des objectifs communs, des ressources et des responsabilités pour atteindre un but précis',
      },
    },
    {
      id: 'responsabilites-partagees',
      section: 'fondements',
      text: {
        fr: 'Les responsabilités sont partagées : le travail ne repose pas sur une seule des parties.',
        en: 'Responsibilities are shared: the work does not rest on just one of the parties.',
      },
      help: {
        fr: 'Par exemple, la préparation des rencontres et les suivis ne sont pas toujours faits par le même organisme.',
        en: 'For example, preparing meetings and following up are not always left to the same organization.',
      },
      recommendation: {
        fr: 'Répartissez les tâches du partenariat entre les parties et notez qui est responsable de chacune. Revoyez ce partage si une seule partie porte presque tout.',
        en: 'Divide the partnership’s tasks between the parties and note who is responsible for each. Revisit the split if one party carries almost everything.',
      },
      source: {
        document: HUB,
        passage: 'partagent des objectifs communs, des ressources et des responsabilités',
      },
    },
    {
      id: 'but-precis',
      section: 'fondements',
      text: {
        fr: 'Nous savons pourquoi nous sommes en partenariat et nous pouvons nommer le but précis que nous voulons atteindre ensemble.',
        en: 'We know why we are in this partnership and can name the precise goal we want to reach together.',
      },
      help: {
        fr: 'Par exemple, avec un CLSC : créer des liens entre les intervenantes et intervenants et les locataires qui ont besoin de services de santé.',
        en: 'For example, with a local health centre (CLSC): connecting its workers with tenants who need health services.',
      },
      recommendation: {
        fr: 'Écrivez ensemble, en une ou deux phrases, pourquoi vous travaillez ensemble et le résultat précis que vous visez. Relisez ce texte chaque fois que vous faites le point.',
        en: 'Write down together, in one or two sentences, why you work together and the precise result you are aiming for. Reread it whenever you take stock.',
      },
      source: {
        document: FLHLMQ,
        passage: 'il est essentiel d’identifier pourquoi on souhaite développer un partenariat et quels sont nos objectifs communs',
      },
    },
    {
      id: 'autonomie',
      section: 'fondements',
      text: {
        fr: 'Chaque organisme garde son autonomie : il prend ses propres décisions, même quand nous travaillons ensemble.',
        en: 'Each organization keeps its autonomy: it makes its own decisions, even when we work together.',
      },
      help: {
        fr: 'Par exemple, notre partenaire ne décide pas à notre place de nos priorités ou de nos prises de position.',
        en: 'For example, our partner does not decide our priorities or our public positions for us.',
      },
      recommendation: {
        fr: 'Nommez clairement ce qui se décide ensemble et ce qui reste propre à chaque organisme. Si une partie décide pour l’autre, parlez-en franchement en rencontre.',
        en: 'Spell out what you decide together and what remains each organization’s own call. If one party decides for the other, raise it openly at a meeting.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Un partenariat est une association de personnes qui, tout en gardant leur autonomie, acceptent de travailler ensemble',
      },
    },
    {
      id: 'egalite',
      section: 'fondements',
      text: {
        fr: 'Notre relation se vit d’égal à égal, même si nos organismes n’ont pas la même taille ni les mêmes moyens.',
        en: 'We deal with each other as equals, even though our organizations differ in size and means.',
      },
      help: {
        fr: 'Par exemple, la parole de notre comité compte autant que celle de l’office ou de l’établissement partenaire.',
        en: 'For example, our committee’s voice carries as much weight as that of the housing office or partner institution.',
      },
      recommendation: {
        fr: 'Donnez à chaque partie une place égale : bâtissez l’ordre du jour ensemble et animez les rencontres à tour de rôle.',
        en: 'Give each party an equal place: build the agenda together and take turns chairing meetings.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Le rapport entre les différentes parties est sur une base d’égalité entre elles',
      },
    },
    {
      id: 'capacites-limites',
      section: 'fondements',
      text: {
        fr: 'Chaque partie reconnaît les capacités et les responsabilités de l’autre, et tient compte de ses limites.',
        en: 'Each party recognizes the other’s abilities and responsibilities, and takes its limits into account.',
      },
      help: {
        fr: 'Par exemple, nous savons ce que notre partenaire peut faire ou non avec son budget, ses règles ou son personnel.',
        en: 'For example, we know what our partner can and cannot do with its budget, rules or staff.',
      },
      recommendation: {
        fr: 'Prenez un moment pour que chaque partie explique ce qu’elle peut faire, ce qu’elle ne peut pas faire et pourquoi. Gardez-en une trace écrite.',
        en: 'Take time for each party to explain what it can do, what it cannot do and why. Keep a written note of it.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Chacun reconnaît les capacités et responsabilités de l’autre tout en tenant compte de ses limites.',
      },
    },

    // ── Vision commune, confiance et objectifs (conditions de succès) ────────
    {
      id: 'vision-commune',
      section: 'vision-confiance',
      text: {
        fr: 'Notre partenaire et nous partageons la même vision de ce que nous voulons changer ou améliorer.',
        en: 'We and our partner share the same vision of what we want to change or improve.',
      },
      help: {
        fr: 'Par exemple, nous avons la même idée de ce que serait un milieu de vie de qualité pour les locataires.',
        en: 'For example, we have the same idea of what a good living environment for tenants would look like.',
      },
      recommendation: {
        fr: 'Décrivez ensemble, avec des mots simples, la situation que vous souhaitez voir dans deux ou trois ans. Notez vos points d’accord et vos écarts.',
        en: 'Describe together, in simple words, the situation you want to see in two or three years. Note where you agree and where you differ.',
      },
      source: {
        document: HUB,
        passage: 'Une fois des partenaires partageant la même vision trouvés il est important d’établir un lien de confiance.',
      },
    },
    {
      id: 'confiance-respect',
      section: 'vision-confiance',
      text: {
        fr: 'Il existe entre nous un lien de confiance : nous nous respectons et nous croyons à la bonne volonté de chaque personne.',
        en: 'There is a bond of trust between us: we respect each other and believe in everyone’s good will.',
      },
      help: {
        fr: 'Par exemple, nous pouvons exprimer un désaccord sans craindre que la relation se brise.',
        en: 'For example, we can voice a disagreement without fearing that the relationship will break down.',
      },
      recommendation: {
        fr: 'Nourrissez la confiance en respectant vos engagements et en nommant les malentendus dès qu’ils surviennent. Commencez chaque rencontre par un court tour de table.',
        en: 'Build trust by keeping your commitments and naming misunderstandings as soon as they come up. Start each meeting with a short round of check-ins.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Le respect réciproque et la confiance dans la bonne volonté de tous',
      },
    },
    {
      id: 'strategies-complementaires',
      section: 'vision-confiance',
      text: {
        fr: 'Nos stratégies se complètent pour atteindre nos objectifs, et chaque partie garde son propre champ d’expertise.',
        en: 'Our strategies complement each other to reach our objectives, and each party keeps to its own field of expertise.',
      },
      help: {
        fr: 'Par exemple, l’association mobilise les locataires pendant que l’organisme partenaire offre l’accompagnement social.',
        en: 'For example, the association mobilizes tenants while the partner organization provides social support.',
      },
      recommendation: {
        fr: 'Faites un tableau simple : l’objectif commun au centre et, autour, ce que chaque partie fait de son côté pour l’atteindre. Évitez de faire le même travail en double.',
        en: 'Draw a simple chart: the common objective in the middle and, around it, what each party does on its side to reach it. Avoid doing the same work twice.',
      },
      source: {
        document: HUB,
        passage: 'Il faut aligner les objectifs avec des stratégies complémentaires en gardant chacun son champ d’expertise.',
      },
    },
    {
      id: 'perennite',
      section: 'vision-confiance',
      text: {
        fr: 'Notre partenariat est bâti pour durer : il ne dépend pas d’une seule personne et survivrait à un changement d’équipe.',
        en: 'Our partnership is built to last: it does not depend on a single person and would survive a change of staff.',
      },
      help: {
        fr: 'Par exemple, si notre personne-ressource ou celle du partenaire quitte son poste, quelqu’un d’autre peut prendre le relais.',
        en: 'For example, if our contact person or our partner’s leaves, someone else can take over.',
      },
      recommendation: {
        fr: 'Mettez par écrit vos ententes et vos façons de faire, et impliquez au moins deux personnes de chaque côté pour que le partenariat survive aux départs.',
        en: 'Put your agreements and ways of working in writing, and involve at least two people on each side so the partnership outlasts departures.',
      },
      source: {
        document: HUB,
        passage: 'aidera grandement à la pérennité du partenariat',
      },
    },

    // ── Gouvernance et communication (ingrédients FLHLMQ) ────────────────────
    {
      id: 'gouvernance-claire',
      section: 'gouvernance-communication',
      text: {
        fr: 'Les rôles et les responsabilités de chaque partie sont clairement définis et mis par écrit.',
        en: 'Each party’s roles and responsibilities are clearly defined and written down.',
      },
      help: {
        fr: 'Par exemple, dans une entente de partenariat, un protocole ou un simple document approuvé par les parties.',
        en: 'For example, in a partnership agreement, a protocol or a simple document approved by the parties.',
      },
      recommendation: {
        fr: 'Rédigez ensemble une courte entente qui précise qui décide quoi, qui fait quoi et comment régler un désaccord. Relisez-la chaque année.',
        en: 'Write a short agreement together that sets out who decides what, who does what and how to settle a disagreement. Review it every year.',
      },
      source: {
        document: HUB,
        passage: 'L’implantation d’une gouvernance claire dans laquelle les rôles et responsabilités',
      },
    },
    {
      id: 'acces-information',
      section: 'gouvernance-communication',
      text: {
        fr: 'Nous avons accès à toute l’information nécessaire, et elle est présentée de façon facile à comprendre.',
        en: 'We have access to all the information we need, presented in a way that is easy to understand.',
      },
      help: {
        fr: 'Par exemple, des budgets, des plans de travaux ou des règlements expliqués sans jargon.',
        en: 'For example, budgets, renovation plans or rules explained without jargon.',
      },
      recommendation: {
        fr: 'Dressez la liste des documents dont vous avez besoin et demandez-les par écrit à votre partenaire. Demandez aussi qu’on vous les explique en termes simples.',
        en: 'List the documents you need and ask your partner for them in writing. Ask as well for someone to explain them in plain terms.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Avoir accès à toute l’information nécessaire et facile à comprendre',
      },
    },
    {
      id: 'temps-necessaire',
      section: 'gouvernance-communication',
      text: {
        fr: 'Nous avons le temps de nous informer, de comprendre, de nous concerter et de préparer nos demandes, sans que l’échéancier du partenaire nous bouscule.',
        en: 'We have time to get informed, understand, consult among ourselves and prepare our requests, without being rushed by our partner’s timeline.',
      },
      help: {
        fr: 'Par exemple, nous recevons les documents assez tôt pour en parler avec nos membres avant de donner notre avis.',
        en: 'For example, we get documents early enough to discuss them with our members before giving our opinion.',
      },
      recommendation: {
        fr: 'Convenez avec votre partenaire d’un délai minimal, par exemple deux semaines, entre l’envoi des documents et toute décision. Planifiez vos consultations en conséquence.',
        en: 'Agree with your partner on a minimum lead time, for example two weeks, between sending documents and any decision. Plan your consultations accordingly.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Disposer du temps nécessaire pour que les locataires puissent s’informer, comprendre, se concerter et développer leurs demandes',
      },
    },
    {
      id: 'mandat-clair',
      section: 'gouvernance-communication',
      text: {
        fr: 'Quand nous parlons à notre partenaire, nous portons l’avis de notre comité, et non celui d’une seule personne.',
        en: 'When we speak to our partner, we voice our committee’s view, not that of a single person.',
      },
      help: {
        fr: 'Par exemple, la personne qui nous représente a reçu un mandat clair du comité ou du conseil d’administration.',
        en: 'For example, the person who represents us has been given a clear mandate by the committee or the board.',
      },
      recommendation: {
        fr: 'Avant chaque rencontre importante, donnez à la personne qui vous représente un mandat clair, décidé en comité. Au retour, elle fait rapport au groupe.',
        en: 'Before each important meeting, give the person who represents you a clear mandate decided in committee. Afterwards, they report back to the group.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Les communications avec l’office doivent représenter l’avis du comité et non pas d’une seule personne',
      },
    },
    {
      id: 'transparence',
      section: 'gouvernance-communication',
      text: {
        fr: 'Notre partenaire et nous agissons en toute transparence : nous ne cachons pas d’information importante et nous expliquons nos décisions.',
        en: 'We and our partner act with full transparency: we do not hold back important information and we explain our decisions.',
      },
      help: {
        fr: 'Par exemple, un changement de budget ou de priorités est annoncé ouvertement, et non découvert après coup.',
        en: 'For example, a change in budget or priorities is announced openly, not discovered after the fact.',
      },
      recommendation: {
        fr: 'Engagez-vous à vous informer mutuellement, sans tarder, de tout changement qui touche le partenariat (budget, personnel, priorités). Expliquez les raisons de vos décisions.',
        en: 'Commit to telling each other promptly about any change that affects the partnership (budget, staff, priorities). Explain the reasons behind your decisions.',
      },
      source: {
        document: FLHLMQ,
        passage: 'La transparence',
      },
    },
    {
      id: 'traitement-equitable',
      section: 'gouvernance-communication',
      text: {
        fr: 'Il n’y a pas de traitement privilégié : les mêmes règles s’appliquent à toutes les personnes et à tous les groupes concernés.',
        en: 'There is no special treatment: the same rules apply to every person and every group involved.',
      },
      help: {
        fr: 'Par exemple, une personne de notre comité n’obtient pas de faveur personnelle grâce à son rôle dans le partenariat.',
        en: 'For example, a member of our committee does not get personal favours because of their role in the partnership.',
      },
      recommendation: {
        fr: 'Adoptez une règle simple : personne ne tire d’avantage personnel du partenariat. Nommez ouvertement tout conflit d’intérêts dès qu’il se présente.',
        en: 'Adopt a simple rule: no one gains a personal advantage from the partnership. Name any conflict of interest openly as soon as it arises.',
      },
      source: {
        document: FLHLMQ,
        passage: 'L’absence de traitement privilégié',
      },
    },
    {
      id: 'suivi-dossiers',
      section: 'gouvernance-communication',
      text: {
        fr: 'Nos dossiers et nos demandes sont suivis efficacement, avec de la persévérance quand les choses traînent.',
        en: 'Our files and requests are followed up effectively, with persistence when things drag on.',
      },
      help: {
        fr: 'Par exemple, nous savons où en est chaque demande et nous relançons notre partenaire au besoin.',
        en: 'For example, we know where each request stands and we follow up with our partner when needed.',
      },
      recommendation: {
        fr: 'Tenez une liste simple de vos demandes avec la date, la personne responsable et la prochaine étape. Relancez poliment mais fermement lorsque rien ne bouge.',
        en: 'Keep a simple list of your requests with the date, the person responsible and the next step. Follow up politely but firmly when nothing moves.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Le suivi efficace des dossiers et demandes (avec une certaine ténacité...)',
      },
    },
    {
      id: 'recours-difficultes',
      section: 'gouvernance-communication',
      text: {
        fr: 'En cas de difficulté avec notre partenaire, nous savons vers qui nous tourner pour trouver une solution.',
        en: 'If problems arise with our partner, we know who to turn to for help in finding a solution.',
      },
      help: {
        fr: 'Par exemple, pour une association de locataires : nos représentantes et représentants au CCR et au conseil d’administration (CA) de l’office.',
        en: 'For example, for a tenants’ association: our representatives on the residents’ advisory committee (CCR) and on the housing office’s board of directors.',
      },
      recommendation: {
        fr: 'Repérez dès maintenant les personnes ou les instances qui peuvent vous appuyer en cas de blocage (par exemple, vos représentantes et représentants au CCR et au CA de l’office) et notez leurs coordonnées.',
        en: 'Identify now the people or bodies who can back you up if things get stuck (for example, your representatives on the CCR and on the housing office’s board) and keep their contact details.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Le comité de locataires peut recourir, en cas de difficultés, à ses représentants au CCR et au CA de l’office.',
      },
    },

    // ── Bonnes pratiques et suivi ────────────────────────────────────────────
    {
      id: 'comites-mixtes',
      section: 'bonnes-pratiques',
      text: {
        fr: 'Sur des sujets précis, nous formons des comités de travail mixtes qui réunissent des personnes de chaque organisme.',
        en: 'On specific topics, we set up joint working committees that bring together people from each organization.',
      },
      help: {
        fr: 'Par exemple, un comité association-office sur l’entretien des espaces communs ou sur la sécurité.',
        en: 'For example, an association and housing office committee on the upkeep of common areas or on safety.',
      },
      recommendation: {
        fr: 'Choisissez un sujet concret qui tient à cœur à toutes les parties et formez un petit comité mixte pour le travailler, avec un mandat et un échéancier.',
        en: 'Pick a concrete topic that matters to every party and set up a small joint committee to work on it, with a mandate and a timeline.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Former sur des thèmes ou des sujets donnés des comités de travail mixtes asso/CCR et OH',
      },
    },
    {
      id: 'rencontre-annuelle',
      section: 'bonnes-pratiques',
      text: {
        fr: 'Au moins une fois par année, nous avons une rencontre formelle avec notre partenaire pour lui transmettre nos priorités.',
        en: 'At least once a year, we hold a formal meeting with our partner to pass on our priorities.',
      },
      help: {
        fr: 'Pour une association de locataires, il s’agit de transmettre à l’office les priorités des locataires.',
        en: 'For a tenants’ association, this means passing on the tenants’ priorities to the housing office.',
      },
      recommendation: {
        fr: 'Prévoyez une rencontre formelle au moins une fois par année pour transmettre vos priorités à votre partenaire. Préparez-les à l’avance avec vos membres.',
        en: 'Plan a formal meeting at least once a year to pass on your priorities to your partner. Prepare them ahead of time with your members.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Se donner un rendez-vous formel avec l’OH, au moins une fois par an, pour transmettre les priorités',
      },
    },
    {
      id: 'compte-rendu',
      section: 'bonnes-pratiques',
      text: {
        fr: 'Après nos rencontres, nous gardons une trace écrite, même courte, de ce qui a été décidé afin de faire les suivis.',
        en: 'After our meetings, we keep a written record, even a short one, of what was decided so that we can follow up.',
      },
      help: {
        fr: 'Par exemple, quelques lignes qui notent les décisions, qui s’en occupe et pour quand.',
        en: 'For example, a few lines noting the decisions, who is in charge and by when.',
      },
      recommendation: {
        fr: 'À chaque rencontre, désignez une personne qui note les décisions et les suivis, puis envoyez ce court compte rendu à toutes les parties dans la semaine.',
        en: 'At each meeting, ask one person to note the decisions and next steps, then send this short record to all parties within the week.',
      },
      source: {
        document: FLHLMQ,
        passage: 'faire un court compte rendu (ou noter les points importants) de ce qui s’est décidé à la rencontre',
      },
    },
    {
      id: 'celebrer-succes',
      section: 'bonnes-pratiques',
      text: {
        fr: 'Nous faisons connaître nos réussites et nous les fêtons avec nos membres ou les locataires, et avec nos partenaires.',
        en: 'We make our successes known and celebrate them with our members or tenants, and with our partners.',
      },
      help: {
        fr: 'Par exemple, un article dans le bulletin, une affiche dans le hall d’entrée ou une fête de quartier.',
        en: 'For example, an article in the newsletter, a poster in the lobby or a neighbourhood party.',
      },
      recommendation: {
        fr: 'Profitez de chaque réussite, même petite, pour la faire connaître (bulletin, affiche, réseaux sociaux) et organisez une activité pour la fêter avec les locataires et vos partenaires.',
        en: 'Use every success, however small, to spread the word (newsletter, poster, social media) and hold an activity to celebrate it with tenants and your partners.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Faire connaître les succès et fêter les réussites avec les locataires et les partenaires.',
      },
    },

    // ── Les retombées de notre partenariat (quatre dimensions) ────────────────
    {
      id: 'fonds-complementaires',
      section: 'retombees',
      dimensions: ['financier'],
      text: {
        fr: 'Notre partenariat nous donne accès à des fonds complémentaires ou à du cofinancement pour nos projets.',
        en: 'Our partnership gives us access to additional funding or co-financing for our projects.',
      },
      help: {
        fr: 'Par exemple, une demande de subvention déposée ensemble ou un projet financé en partie par chaque partie.',
        en: 'For example, a grant application filed together or a project funded in part by each party.',
      },
      recommendation: {
        fr: 'Repérez un projet que vous pourriez financer à plusieurs et préparez ensemble une demande de subvention conjointe ou un plan de cofinancement.',
        en: 'Identify a project you could fund together and prepare a joint grant application or a co-financing plan.',
      },
      source: {
        document: HUB,
        passage: 'Accès à des fonds complémentaires, cofinancement de projets, optimisation des coûts.',
      },
    },
    {
      id: 'couts-reduits',
      section: 'retombees',
      dimensions: ['financier'],
      text: {
        fr: 'En partageant des ressources avec notre partenaire, nous réduisons nos coûts ou utilisons mieux notre budget.',
        en: 'By sharing resources with our partner, we lower our costs or make better use of our budget.',
      },
      help: {
        fr: 'Par exemple, partager une salle, du matériel, des achats groupés ou une ressource humaine.',
        en: 'For example, sharing a room, equipment, group purchases or a staff person.',
      },
      recommendation: {
        fr: 'Passez en revue vos dépenses courantes et voyez lesquelles vous pourriez partager avec votre partenaire : locaux, matériel, achats ou personnel.',
        en: 'Go over your regular expenses and see which ones you could share with your partner: premises, equipment, purchases or staff.',
      },
      source: {
        document: HUB,
        passage: 'l’amélioration des capacités opérationnelles, financières et sociales des organismes de logement social',
      },
    },
    {
      id: 'competences-specialisees',
      section: 'retombees',
      dimensions: ['expertise'],
      text: {
        fr: 'Notre partenaire nous apporte des compétences spécialisées que nous n’avons pas, par exemple en santé mentale, en gestion immobilière ou en éducation.',
        en: 'Our partner brings us specialized skills that we do not have, for example in mental health, property management or education.',
      },
      help: {
        fr: 'Pensez aussi à l’accompagnement social, au droit du logement ou à l’animation de groupes.',
        en: 'Also think of social support, housing law or group facilitation.',
      },
      recommendation: {
        fr: 'Nommez les compétences qui vous manquent et demandez à votre partenaire comment il peut les apporter : formation, conseils ou présence d’une personne spécialisée.',
        en: 'Name the skills you are missing and ask your partner how it could provide them: training, advice or the presence of a specialist.',
      },
      source: {
        document: HUB,
        passage: 'Apport de compétences spécialisées (santé mentale, gestion immobilière, éducation, accompagnement social, etc.)',
      },
    },
    {
      id: 'qualite-services',
      section: 'retombees',
      dimensions: ['expertise'],
      text: {
        fr: 'Grâce à nos expertises réunies, les personnes que nous accompagnons reçoivent de meilleurs services.',
        en: 'Thanks to our combined expertise, the people we support receive better services.',
      },
      help: {
        fr: 'Par exemple, des visites auprès de personnes locataires isolées ou malades, organisées avec le réseau de la santé.',
        en: 'For example, visits to isolated or sick tenants, organized with the health network.',
      },
      recommendation: {
        fr: 'Demandez aux locataires ou aux personnes accompagnées ce qui a changé pour elles grâce au partenariat, et ajustez vos services communs en conséquence.',
        en: 'Ask tenants or the people you support what has changed for them thanks to the partnership, and adjust your joint services accordingly.',
      },
      source: {
        document: HUB,
        passage: 'améliorer la qualité des services offerts aux populations vulnérables',
      },
    },
    {
      id: 'liens-acteurs',
      section: 'retombees',
      dimensions: ['reseautage'],
      text: {
        fr: 'Notre partenariat renforce nos liens avec d’autres actrices et acteurs communautaires, institutionnels et privés.',
        en: 'Our partnership strengthens our ties with other community, institutional and private-sector players.',
      },
      help: {
        fr: 'Par exemple, grâce à notre partenaire, nous connaissons maintenant des personnes à la municipalité, au CLSC ou dans une entreprise du quartier.',
        en: 'For example, through our partner, we now know people at the municipality, the local health centre (CLSC) or a neighbourhood business.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire de vous présenter une ou deux personnes de son réseau, puis invitez-les à l’une de vos prochaines activités.',
        en: 'Ask your partner to introduce you to one or two people in its network, then invite them to one of your upcoming activities.',
      },
      source: {
        document: HUB,
        passage: 'grâce à la mise en commun de ressources, d’expertises et de réseaux',
      },
    },
    {
      id: 'portee-elargie',
      section: 'retombees',
      dimensions: ['reseautage'],
      text: {
        fr: 'Grâce à notre partenariat, nous rejoignons plus de personnes et de milieux qu’avant.',
        en: 'Thanks to our partnership, we reach more people and more communities than before.',
      },
      help: {
        fr: 'Par exemple, des locataires qui ne venaient jamais à nos activités y participent maintenant grâce à notre partenaire.',
        en: 'For example, tenants who never came to our activities now take part thanks to our partner.',
      },
      recommendation: {
        fr: 'Annoncez vos activités dans le réseau de votre partenaire, et les siennes dans le vôtre. Notez combien de nouvelles personnes vous rejoignez.',
        en: 'Promote your activities through your partner’s network, and theirs through yours. Keep track of how many new people you reach.',
      },
      source: {
        document: HUB,
        passage: 'Les partenariats permettent aux organismes de logement social d’élargir leur portée',
      },
    },
    {
      id: 'modeles-hybrides',
      section: 'retombees',
      dimensions: ['innovation-sociale'],
      text: {
        fr: 'Ensemble, nous avons créé de nouvelles façons de faire qui combinent nos services, comme le logement et l’accompagnement social.',
        en: 'Together, we have created new ways of doing things that combine our services, such as housing and social support.',
      },
      help: {
        fr: 'Par exemple, du logement avec soutien communautaire, ou de l’aide aux devoirs offerte dans la salle communautaire de l’immeuble.',
        en: 'For example, housing with community support, or homework help offered in the building’s community room.',
      },
      recommendation: {
        fr: 'Imaginez ensemble un service qui combine vos forces, par exemple du logement et de l’accompagnement, et essayez-le d’abord à petite échelle.',
        en: 'Design together a service that combines your strengths, for example housing and support, and try it on a small scale first.',
      },
      source: {
        document: HUB,
        passage: 'Création de modèles hybrides qui répondent à des besoins complexes et qui intègrent des services complémentaires.',
      },
    },
    {
      id: 'besoins-complexes',
      section: 'retombees',
      dimensions: ['innovation-sociale'],
      text: {
        fr: 'Notre partenariat nous permet de répondre à des besoins complexes qu’aucun de nos organismes ne pourrait combler seul.',
        en: 'Our partnership lets us respond to complex needs that none of our organizations could meet alone.',
      },
      help: {
        fr: 'Par exemple, une femme avec enfants qui a besoin à la fois d’un logement, de soutien psychosocial et d’aide juridique.',
        en: 'For example, a woman with children who needs housing, psychosocial support and legal help all at once.',
      },
      recommendation: {
        fr: 'Choisissez une situation complexe vécue par les personnes que vous accompagnez et cherchez ensemble ce que chaque partie peut y apporter.',
        en: 'Take a complex situation faced by the people you support and work out together what each party can bring to it.',
      },
      source: {
        document: HUB,
        passage: 'Ils agissent comme des leviers stratégiques pour répondre à des besoins complexes et multidimensionnels.',
      },
    },

    // ── Apprendre et grandir ensemble (amorcer, apprendre en cours de route) ──
    {
      id: 'se-faire-connaitre',
      section: 'apprendre-ensemble',
      text: {
        fr: 'Nous nous faisons connaître dans le quartier, par exemple aux tables de concertation et dans les comités.',
        en: 'We make ourselves known in the neighbourhood, for example at local round tables and on committees.',
      },
      help: {
        fr: 'C’est souvent là qu’on rencontre de futurs partenaires qui partagent notre vision.',
        en: 'That is often where we meet future partners who share our vision.',
      },
      recommendation: {
        fr: 'Choisissez une table de concertation ou un comité de votre quartier et déléguez-y régulièrement une personne pour présenter votre organisme.',
        en: 'Pick a round table or committee in your neighbourhood and send someone there regularly to present your organization.',
      },
      source: {
        document: HUB,
        passage: 'faire du démarchage pour se faire connaître dans le quartier (table de concertation, comités, etc...)',
      },
    },
    {
      id: 'propositions-claires',
      section: 'apprendre-ensemble',
      text: {
        fr: 'Quand nous approchons un partenaire, nous faisons des propositions claires : le projet, ce que nous apportons et ce que nous attendons.',
        en: 'When we approach a partner, we make clear proposals: the project, what we bring and what we expect.',
      },
      help: {
        fr: 'Par exemple, une proposition d’une page remise lors d’une première rencontre.',
        en: 'For example, a one-page proposal handed over at a first meeting.',
      },
      recommendation: {
        fr: 'Résumez votre proposition sur une page : le besoin, le projet, ce que vous apportez, ce que vous demandez et les prochaines étapes.',
        en: 'Sum up your proposal on one page: the need, the project, what you bring, what you are asking for and the next steps.',
      },
      source: {
        document: HUB,
        passage: 'Il faut ensuite aligner ses objectifs avec des stratégies complémentaires et faire des propositions claires.',
      },
    },
    {
      id: 'apprentissage-continu',
      section: 'apprendre-ensemble',
      text: {
        fr: 'Notre partenariat nous fait apprendre en cours de route, et nous ajustons nos façons de faire au besoin.',
        en: 'Our partnership helps us learn along the way, and we adjust how we work when needed.',
      },
      help: {
        fr: 'Par exemple, après un projet, nous prenons le temps de voir ce qui a bien marché et ce que nous changerions.',
        en: 'For example, after a project, we take time to look at what worked well and what we would change.',
      },
      recommendation: {
        fr: 'Terminez chaque projet, ou chaque année, par un bilan commun : ce qui a bien fonctionné, ce qui a moins bien marché et ce que vous changerez.',
        en: 'End each project, or each year, with a joint review: what worked, what worked less well and what you will change.',
      },
      source: {
        document: HUB,
        passage: 'Un partenariat nourrit l’autre et c’est l’apprentissage en cours de route',
      },
    },
    {
      id: 'enjeux-communs',
      section: 'apprendre-ensemble',
      text: {
        fr: 'Notre partenariat est aussi une occasion de réfléchir ensemble à des enjeux communs, au-delà de nos projets.',
        en: 'Our partnership is also a chance to think together about shared issues, beyond our projects.',
      },
      help: {
        fr: 'Par exemple, l’accès au logement, la sécurité des femmes ou l’isolement des personnes aînées.',
        en: 'For example, access to housing, women’s safety or the isolation of older people.',
      },
      recommendation: {
        fr: 'Réservez chaque année une rencontre, sans ordre du jour chargé, pour discuter d’un enjeu commun à vos organismes et voir ce que vous pourriez faire ensemble.',
        en: 'Set aside one meeting each year, with a light agenda, to discuss an issue your organizations share and see what you could do together.',
      },
      source: {
        document: HUB,
        passage: 'une occasion d’entrer en contact pour réfléchir ensemble sur des enjeux communs',
      },
    },
  ],

  profile: [
    {
      id: 'organisation',
      type: 'text',
      label: { fr: 'Nom de l’organisme', en: 'Organization name' },
    },
    {
      id: 'type-organisme',
      type: 'choice',
      label: { fr: 'Type d’organisme', en: 'Type of organization' },
      choices: [
        { value: 'association-locataires', label: { fr: 'Association de locataires', en: 'Tenants’ association' } },
        {
          value: 'ccr',
          label: { fr: 'Comité consultatif de résidants (CCR)', en: 'Residents’ advisory committee (CCR)' },
        },
        { value: 'organisme-communautaire', label: { fr: 'Organisme communautaire', en: 'Community organization' } },
        { value: 'obnl-habitation', label: { fr: 'OBNL d’habitation', en: 'Non-profit housing organization' } },
        { value: 'cooperative-habitation', label: { fr: 'Coopérative d’habitation', en: 'Housing co-operative' } },
        { value: 'office-habitation', label: { fr: 'Office d’habitation', en: 'Housing office' } },
        { value: 'autre', label: { fr: 'Autre', en: 'Other' } },
      ],
    },
    {
      id: 'region',
      type: 'choice',
      label: { fr: 'Région administrative', en: 'Administrative region' },
      choices: [
        { value: 'bas-saint-laurent', label: { fr: 'Bas-Saint-Laurent', en: 'Bas-Saint-Laurent' } },
        { value: 'saguenay-lac-saint-jean', label: { fr: 'Saguenay–Lac-Saint-Jean', en: 'Saguenay–Lac-Saint-Jean' } },
        {
          value: 'capitale-nationale',
          label: { fr: 'Capitale-Nationale', en: 'Capitale-Nationale (Québec City area)' },
        },
        { value: 'mauricie', label: { fr: 'Mauricie', en: 'Mauricie' } },
        { value: 'estrie', label: { fr: 'Estrie', en: 'Estrie (Eastern Townships)' } },
        { value: 'montreal', label: { fr: 'Montréal', en: 'Montréal' } },
        { value: 'outaouais', label: { fr: 'Outaouais', en: 'Outaouais' } },
        { value: 'abitibi-temiscamingue', label: { fr: 'Abitibi-Témiscamingue', en: 'Abitibi-Témiscamingue' } },
        { value: 'cote-nord', label: { fr: 'Côte-Nord', en: 'Côte-Nord (North Shore)' } },
        { value: 'nord-du-quebec', label: { fr: 'Nord-du-Québec', en: 'Nord-du-Québec (Northern Québec)' } },
        {
          value: 'gaspesie-iles-de-la-madeleine',
          label: {
            fr: 'Gaspésie–Îles-de-la-Madeleine',
            en: 'Gaspésie–Îles-de-la-Madeleine (Gaspé Peninsula and Magdalen Islands)',
          },
        },
        { value: 'chaudiere-appalaches', label: { fr: 'Chaudière-Appalaches', en: 'Chaudière-Appalaches' } },
        { value: 'laval', label: { fr: 'Laval', en: 'Laval' } },
        { value: 'lanaudiere', label: { fr: 'Lanaudière', en: 'Lanaudière' } },
        { value: 'laurentides', label: { fr: 'Laurentides', en: 'Laurentides (Laurentians)' } },
        { value: 'monteregie', label: { fr: 'Montérégie', en: 'Montérégie' } },
        { value: 'centre-du-quebec', label: { fr: 'Centre-du-Québec', en: 'Centre-du-Québec' } },
      ],
    },
  ],
} satisfies Instrument;
