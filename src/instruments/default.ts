import type { Instrument } from '../schema/instrument.js';
import { DEFAULT_DIMENSIONS, DEFAULT_SECTIONS } from './default-axes.js';

const HUB = 'HUB de Mères avec pouvoir, résumé de la rencontre de concertation du 13 novembre sur les partenariats';
const FLHLMQ = 'FLHLMQ, fiche « Les partenariats utiles à développer par les associations de locataires et les CCR » (mise à jour le 22 avril 2022)';
const NA = {
  fr: 'Répondez « Ne s’applique pas » si cet énoncé ne convient pas à votre partenariat.',
  en: 'Answer “Does not apply” if this statement does not fit your partnership.',
};
const help = (fr: string, en: string) => ({ fr: `${fr} ${NA.fr}`, en: `${en} ${NA.en}` });

/**
 * The default questionnaire of Partenariat: a 40-item self-assessment that a group (a tenants'
 * committee, a community organization) fills in together about one of its partnerships, in about
 * 15 minutes. Every item says whom it is about (us, our partner, together), so that the results
 * never blame a group for what its partner does. Every item, recommendation and source passage is
 * drawn from two French documents (HUB de Mères avec pouvoir, FLHLMQ); see docs/instrument-sources.md.
 * Version 1.0.0 is kept in `instruments/partenariat-autodiagnostic-1.0.0.json`, for its results.
 */
export const defaultInstrument = {
  format: 'partenariat-instrument',
  id: 'partenariat-autodiagnostic',
  version: '2.0.0',
  title: {
    fr: 'Autodiagnostic de notre partenariat',
    en: 'Our partnership: a self-assessment',
  },
  description: {
    fr: 'Ce questionnaire aide votre groupe à faire le point sur un partenariat : ce qui va bien, ce qui est à discuter et ce qui est à travailler. Il est fait pour être rempli ensemble, en comité, afin de porter l’avis du groupe. Chaque personne peut aussi le remplir de son côté ; vous mettez ensuite vos réponses côte à côte pour en discuter. Si votre partenariat réunit plusieurs partenaires, lisez « notre partenaire » comme « nos partenaires ». Comptez 15 minutes environ.',
    en: 'This questionnaire helps your group take stock of a partnership: what is going well, what to discuss and what to work on. It is meant to be filled in together, as a committee, so that it carries the group’s view. Each person can also fill it in on their own; you then put your answers side by side and talk them over. If your partnership brings together several partners, read “our partner” as “our partners”. It takes about 15 minutes.',
  },
  credits: {
    fr: 'Énoncés tirés de deux documents : la fiche « Les partenariats utiles à développer par les associations de locataires et les CCR » de la Fédération des locataires d’habitations à loyer modique du Québec (FLHLMQ), mise à jour le 22 avril 2022 (www.flhlmq.com, voir aussi son guide « Ensemble pour agir »), et le résumé de la rencontre de concertation du 13 novembre sur les partenariats, du HUB de Mères avec pouvoir. Ni la FLHLMQ ni Mères avec pouvoir n’ont conçu ou approuvé cet outil.',
    en: 'Statements drawn from two French documents: the fact sheet “Les partenariats utiles à développer par les associations de locataires et les CCR” of the Fédération des locataires d’habitations à loyer modique du Québec (FLHLMQ), updated on April 22, 2022 (www.flhlmq.com; see also its guide “Ensemble pour agir”), and the summary of the November 13 consultation meeting on partnerships of the HUB de Mères avec pouvoir. Neither the FLHLMQ nor Mères avec pouvoir designed or endorsed this tool.',
  },

  scale: {
    choices: [
      { value: 1, label: { fr: 'Pas du tout', en: 'Not at all' } },
      { value: 2, label: { fr: 'Un peu', en: 'A little' } },
      { value: 3, label: { fr: 'En bonne partie', en: 'Mostly' } },
      { value: 4, label: { fr: 'Tout à fait', en: 'Completely' } },
    ],
    notApplicable: { label: { fr: 'Ne s’applique pas', en: 'Does not apply' } },
    dontKnow: { label: { fr: 'Je ne sais pas', en: 'I don’t know' } },
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
        fr: 'Cet aspect a besoin d’attention : les pistes d’action proposent des premiers pas concrets.',
        en: 'This aspect needs attention: the suggested actions offer concrete first steps.',
      },
      recommend: true,
    },
  ],

  dimensions: [
    {
      id: 'financier',
      label: DEFAULT_DIMENSIONS[0].label,
      description: {
        fr: 'Accès à des fonds complémentaires, financement de projets à plusieurs et meilleure utilisation des budgets grâce à la mise en commun des ressources.',
        en: 'Access to additional funds, projects funded by several partners and better use of budgets through pooled resources.',
      },
    },
    {
      id: 'expertise',
      label: DEFAULT_DIMENSIONS[1].label,
      description: {
        fr: 'Des compétences spécialisées et des savoirs mis en commun, par exemple en santé mentale, en gestion immobilière, en éducation ou en accompagnement social.',
        en: 'Specialized skills and knowledge pooled together, for example in mental health, property management, education or social support.',
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
        fr: 'De nouvelles façons de faire, qui combinent les forces de chaque partie pour répondre à des besoins complexes.',
        en: 'New ways of doing things that combine each party’s strengths to meet complex needs.',
      },
    },
  ],

  sections: [
    {
      id: 'fondements',
      title: DEFAULT_SECTIONS[0].title,
      description: {
        fr: 'Ce qui fait un partenariat : une collaboration organisée entre égaux, avec un but précis, où chaque organisme garde son autonomie.',
        en: 'What makes a partnership: an organized collaboration between equals, with a specific goal, in which each organization keeps its autonomy.',
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
        fr: 'Les ingrédients d’une relation qui fonctionne : des rôles clairs, une information accessible, du temps, de la transparence et des suivis. Plusieurs dépendent de notre partenaire.',
        en: 'The ingredients of a working relationship: clear roles, accessible information, enough time, transparency and follow-up. Several of them depend on our partner.',
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
        fr: 'Ce que le partenariat apporte aux locataires, puis sur les plans financier, de l’expertise, du réseautage et de l’innovation sociale. Ces énoncés ne conviennent pas à tous les partenariats : répondez « Ne s’applique pas » au besoin. Cette section est présentée à part et ne compte pas dans le résultat global.',
        en: 'What the partnership brings to tenants, then in terms of funding, expertise, networking and social innovation. These statements do not fit every partnership: answer “Does not apply” when needed. This section is shown apart and does not count in the overall result.',
      },
      inOverall: false,
    },
    {
      id: 'apprendre-ensemble',
      title: DEFAULT_SECTIONS[5].title,
      description: {
        fr: 'Faire des propositions claires, puis continuer d’apprendre et de réfléchir ensemble en cours de route.',
        en: 'Making clear proposals, then continuing to learn and think together along the way.',
      },
    },
  ],

  items: [
    // ── Les bases de notre partenariat (définition) ──────────────────────────
    {
      id: 'collaboration-structuree',
      section: 'fondements',
      about: 'ensemble',
      text: {
        fr: 'Notre partenariat fonctionne comme une collaboration organisée.',
        en: 'Our partnership works as an organized collaboration.',
      },
      help: {
        fr: 'Par exemple : des rencontres prévues à l’avance, une personne-ressource de chaque côté, des façons de travailler connues de toutes et de tous.',
        en: 'For example: meetings planned ahead, a contact person on each side, ways of working that everyone knows.',
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
      about: 'ensemble',
      text: {
        fr: 'Nos objectifs communs sont liés à la mission de chacun de nos organismes.',
        en: 'Our common objectives are tied to the mission of each of our organizations.',
      },
      help: {
        fr: 'Par exemple, améliorer l’entretien des espaces communs sert à la fois la mission de l’association de locataires et celle de l’office d’habitation.',
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
      about: 'ensemble',
      text: {
        fr: 'Nous mettons des ressources en commun avec notre partenaire.',
        en: 'We pool resources with our partner.',
      },
      help: {
        fr: 'Par exemple : du temps de personnel ou de bénévoles, des locaux, du matériel, de l’argent ou des connaissances.',
        en: 'For example: staff or volunteer time, premises, equipment, money or knowledge.',
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
      about: 'ensemble',
      text: {
        fr: 'Le travail du partenariat est réparti entre les parties.',
        en: 'The partnership’s work is shared out between the parties.',
      },
      help: {
        fr: 'Par exemple, la préparation des rencontres et les suivis se font à tour de rôle ou selon une entente.',
        en: 'For example, preparing meetings and following up are done in turn or as agreed.',
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
      about: 'ensemble',
      text: {
        fr: 'Nous pouvons nommer le but précis que nous voulons atteindre ensemble.',
        en: 'We can name the specific goal we want to reach together.',
      },
      help: {
        fr: 'C’est aussi savoir pourquoi nous sommes en partenariat. Par exemple, avec un CLSC : créer des liens entre les intervenantes et intervenants et les locataires qui ont besoin de services de santé.',
        en: 'It also means knowing why we are in this partnership. For example, with a local health centre (CLSC): connecting its workers with tenants who need health services.',
      },
      recommendation: {
        fr: 'Écrivez ensemble, en une ou deux phrases, pourquoi vous travaillez ensemble et le résultat précis que vous visez. Relisez ce texte chaque fois que vous faites le point.',
        en: 'Write down together, in one or two sentences, why you work together and the specific result you are aiming for. Reread it whenever you take stock.',
      },
      source: {
        document: HUB,
        passage: 'pour atteindre un but précis',
      },
    },
    {
      id: 'autonomie',
      section: 'fondements',
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire respecte notre autonomie : nous prenons nos propres décisions.',
        en: 'Our partner respects our autonomy: we make our own decisions.',
      },
      help: {
        fr: 'Par exemple, nous choisissons nous-mêmes nos priorités et nos prises de position, même quand nous travaillons ensemble.',
        en: 'For example, we choose our own priorities and public positions, even when we work together.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire de nommer avec vous ce qui se décide ensemble et ce qui revient à chaque organisme. Si une décision qui vous revient est prise à votre place, dites-le en rencontre.',
        en: 'Ask your partner to spell out with you what you decide together and what is each organization’s own call. If a decision that is yours is made for you, say so at a meeting.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Un partenariat est une association de personnes qui, tout en gardant leur autonomie, acceptent de travailler ensemble',
      },
    },
    {
      id: 'egalite',
      section: 'fondements',
      about: 'ensemble',
      text: {
        fr: 'Notre parole compte autant que celle de notre partenaire.',
        en: 'Our voice carries as much weight as our partner’s.',
      },
      help: {
        fr: 'Par exemple, les propositions de notre comité sont discutées avec le même sérieux que celles de l’office d’habitation ou de l’établissement partenaire.',
        en: 'For example, our committee’s proposals are discussed as seriously as those of the housing office or partner institution.',
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
      id: 'limites-reconnues',
      section: 'fondements',
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire tient compte de nos limites.',
        en: 'Our partner takes our limits into account.',
      },
      help: {
        fr: 'Par exemple, le temps dont disposent nos bénévoles, nos moyens ou nos règles.',
        en: 'For example, the time our volunteers have, our means or our rules.',
      },
      recommendation: {
        fr: 'Demandez un moment, en rencontre, pour que chaque partie explique ce qu’elle peut faire, ce qu’elle ne peut pas faire et pourquoi. Gardez-en une trace écrite.',
        en: 'Ask for time at a meeting for each party to explain what it can do, what it cannot do and why. Keep a written note of it.',
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
      about: 'ensemble',
      text: {
        fr: 'Notre idée de ce qu’il faut améliorer rejoint celle de notre partenaire.',
        en: 'Our idea of what needs improving matches our partner’s.',
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
      id: 'confiance',
      section: 'vision-confiance',
      about: 'ensemble',
      text: {
        fr: 'Il existe un lien de confiance entre notre partenaire et nous.',
        en: 'There is a bond of trust between our partner and us.',
      },
      help: {
        fr: 'Par exemple, nous nous respectons, nous croyons à la bonne volonté de chaque personne et nous pouvons exprimer un désaccord sans craindre pour la relation.',
        en: 'For example, we respect each other, we believe in everyone’s goodwill and we can voice a disagreement without fearing for the relationship.',
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
      about: 'ensemble',
      text: {
        fr: 'Nos stratégies se complètent pour atteindre nos objectifs communs.',
        en: 'Our strategies complement each other to reach our common objectives.',
      },
      help: {
        fr: 'Par exemple, l’association mobilise les locataires pendant que l’organisme partenaire offre l’accompagnement social ; chaque partie reste dans ce qu’elle sait faire.',
        en: 'For example, the association mobilizes tenants while the partner organization provides social support; each party keeps its own area of expertise.',
      },
      recommendation: {
        fr: 'Faites un schéma simple : l’objectif commun au centre et, autour, ce que chaque partie fait de son côté pour l’atteindre. Évitez de faire le même travail en double.',
        en: 'Draw a simple diagram: the common objective in the middle and, around it, what each party does on its side to reach it. Avoid doing the same work twice.',
      },
      source: {
        document: HUB,
        passage: 'Il faut aligner les objectifs avec des stratégies complémentaires en gardant chacun son champ d’expertise.',
      },
    },
    {
      id: 'perennite',
      section: 'vision-confiance',
      about: 'ensemble',
      text: {
        fr: 'Nos ententes sont écrites, pour que le partenariat continue même si des personnes partent.',
        en: 'Our agreements are written down, so that the partnership carries on even if people leave.',
      },
      help: {
        fr: 'Par exemple, si notre personne-ressource ou celle de notre partenaire quitte son poste, la nouvelle personne trouve par écrit ce qui a été convenu.',
        en: 'For example, if our contact person or our partner’s contact person leaves, the new person finds in writing what was agreed.',
      },
      recommendation: {
        fr: 'Mettez par écrit vos ententes et vos façons de faire, et impliquez au moins deux personnes de chaque côté pour que le partenariat continue malgré les départs.',
        en: 'Put your agreements and ways of working in writing, and involve at least two people on each side so the partnership outlasts departures.',
      },
      source: {
        document: HUB,
        passage: 'sont bien définis et mis par écrit aidera grandement à la pérennité du partenariat',
      },
    },

    // ── Gouvernance et communication (ingrédients FLHLMQ) ────────────────────
    {
      id: 'gouvernance-claire',
      section: 'gouvernance-communication',
      about: 'ensemble',
      text: {
        fr: 'Les rôles et les responsabilités de chaque partie sont clairement définis.',
        en: 'Each party’s roles and responsibilities are clearly defined.',
      },
      help: {
        fr: 'Par exemple, nous savons qui décide, qui fait quoi et qui informe les locataires.',
        en: 'For example, we know who decides, who does what and who keeps the tenants informed.',
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
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire nous donne accès à toute l’information nécessaire.',
        en: 'Our partner gives us access to all the information we need.',
      },
      help: {
        fr: 'Par exemple : les budgets, les plans de travaux ou les règlements qui touchent les locataires.',
        en: 'For example: the budgets, renovation plans or rules that affect tenants.',
      },
      recommendation: {
        fr: 'Apportez à votre prochaine rencontre la liste des documents dont vous avez besoin et demandez à votre partenaire de vous les transmettre à une date convenue.',
        en: 'Bring the list of documents you need to your next meeting and ask your partner to send them to you by an agreed date.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Avoir accès à toute l’information nécessaire et facile à comprendre (ceci demande une bonne collaboration de l’OH)',
      },
    },
    {
      id: 'information-claire',
      section: 'gouvernance-communication',
      about: 'partenaire',
      text: {
        fr: 'L’information que nous recevons de notre partenaire est facile à comprendre.',
        en: 'The information we receive from our partner is easy to understand.',
      },
      help: {
        fr: 'Par exemple, des budgets ou des plans de travaux expliqués en mots simples.',
        en: 'For example, budgets or renovation plans explained in plain words.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire qu’une personne vous explique les documents en termes simples, par exemple au début de chaque rencontre.',
        en: 'Ask your partner for someone to explain the documents to you in plain terms, for example at the start of each meeting.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Avoir accès à toute l’information nécessaire et facile à comprendre',
      },
    },
    {
      id: 'temps-necessaire',
      section: 'gouvernance-communication',
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire nous laisse assez de temps pour nous préparer avant une décision.',
        en: 'Our partner gives us enough time to prepare before a decision.',
      },
      help: {
        fr: 'Par exemple, nous recevons les documents assez tôt pour nous informer, en parler avec les locataires et préparer nos demandes.',
        en: 'For example, we get documents early enough to inform ourselves, discuss them with the tenants and prepare our requests.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire de convenir d’un délai minimal, par exemple deux semaines, entre l’envoi des documents et toute décision.',
        en: 'Ask your partner to agree on a minimum lead time, for example two weeks, between sending documents and any decision.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Disposer du temps nécessaire pour que les locataires puissent s’informer, comprendre, se concerter et développer leurs demandes (ne pas être bousculés par l’échéancier de l’OH)',
      },
    },
    {
      id: 'mandat-clair',
      section: 'gouvernance-communication',
      about: 'nous',
      text: {
        fr: 'Quand nous parlons à notre partenaire, nous portons l’avis de notre comité.',
        en: 'When we speak to our partner, we convey our committee’s view.',
      },
      help: {
        fr: 'Par exemple, la personne qui nous représente a reçu un mandat clair du comité ou du conseil d’administration, plutôt que de donner son avis personnel.',
        en: 'For example, the person who represents us has been given a clear mandate by the committee or the board, rather than giving a personal opinion.',
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
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire nous informe à temps des changements qui touchent le partenariat.',
        en: 'Our partner tells us in good time about changes that affect the partnership.',
      },
      help: {
        fr: 'Par exemple, un changement de budget, de personnel ou de priorités est annoncé ouvertement, et les raisons en sont expliquées.',
        en: 'For example, a change in budget, staff or priorities is announced openly, and the reasons for it are explained.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire de s’engager à vous informer sans tarder de tout changement qui touche le partenariat, et à en expliquer les raisons. Engagez-vous à faire de même.',
        en: 'Ask your partner to commit to telling you promptly about any change that affects the partnership, and to explain why. Commit to doing the same.',
      },
      source: {
        document: FLHLMQ,
        passage: 'La transparence',
      },
    },
    {
      id: 'traitement-equitable',
      section: 'gouvernance-communication',
      about: 'ensemble',
      text: {
        fr: 'Les mêmes règles s’appliquent à toutes et à tous.',
        en: 'The same rules apply to everyone.',
      },
      help: {
        fr: 'Par exemple, l’office d’habitation traite tous les immeubles et toutes les associations de la même façon, et les membres de notre comité reçoivent le même traitement que les autres locataires.',
        en: 'For example, the housing office treats every building and every association alike, and the members of our committee are treated like any other tenant.',
      },
      recommendation: {
        fr: 'Adoptez ensemble une règle simple : les mêmes règles pour chaque personne et chaque groupe. Nommez ouvertement tout passe-droit ou conflit d’intérêts dès qu’il se présente.',
        en: 'Adopt a simple rule together: the same rules for every person and every group. Name any special favour or conflict of interest openly as soon as it arises.',
      },
      source: {
        document: FLHLMQ,
        passage: 'L’absence de traitement privilégié',
      },
    },
    {
      id: 'suivi-dossiers',
      section: 'gouvernance-communication',
      about: 'nous',
      text: {
        fr: 'Nous suivons nos demandes de près et relançons notre partenaire quand ça traîne.',
        en: 'We follow up effectively on our requests, and keep at it when things drag on.',
      },
      help: {
        fr: 'Par exemple, nous savons où en est chaque demande et qui s’en occupe.',
        en: 'For example, we know where each request stands and who is handling it.',
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
      about: 'nous',
      text: {
        fr: 'En cas de difficulté avec notre partenaire, nous savons vers qui nous tourner.',
        en: 'If problems arise with our partner, we know who to turn to.',
      },
      help: {
        fr: 'Par exemple, pour une association de locataires : nos représentantes et représentants au CCR, et les administratrices et administrateurs locataires au conseil d’administration (CA) de l’office d’habitation.',
        en: 'For example, for a tenants’ association: our representatives on the residents’ advisory committee (CCR), and the tenant members of the housing office’s board of directors.',
      },
      recommendation: {
        fr: 'Repérez dès maintenant les personnes ou les comités qui peuvent vous appuyer en cas de blocage (par exemple, vos représentantes et représentants au CCR et au CA de l’office) et notez leurs coordonnées.',
        en: 'Identify now the people or committees who can back you up if things get stuck (for example, your representatives on the CCR and on the housing office’s board) and keep their contact details.',
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
      about: 'ensemble',
      text: {
        fr: 'Sur des sujets précis, nous formons des comités de travail mixtes avec notre partenaire.',
        en: 'On specific topics, we set up joint working committees with our partner.',
      },
      help: {
        fr: 'Par exemple, un comité qui réunit l’association, le CCR et l’office d’habitation sur l’entretien des espaces communs ou sur la sécurité.',
        en: 'For example, a committee that brings together the association, the CCR and the housing office on the upkeep of common areas or on safety.',
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
      about: 'ensemble',
      text: {
        fr: 'Au moins une fois par année, nous avons une rencontre formelle avec notre partenaire pour lui transmettre nos priorités.',
        en: 'At least once a year, we hold a formal meeting with our partner to pass on our priorities.',
      },
      help: {
        fr: 'Pour une association de locataires, il s’agit de transmettre à l’office d’habitation les priorités des locataires.',
        en: 'For a tenants’ association, this means passing on the tenants’ priorities to the housing office.',
      },
      recommendation: {
        fr: 'Demandez à votre partenaire une rencontre formelle au moins une fois par année pour lui transmettre vos priorités. Préparez-les à l’avance avec vos membres.',
        en: 'Ask your partner for a formal meeting at least once a year to pass on your priorities. Prepare them ahead of time with your members.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Se donner un rendez-vous formel avec l’OH, au moins une fois par an, pour transmettre les priorités des locataires à l’office',
      },
    },
    {
      id: 'compte-rendu',
      section: 'bonnes-pratiques',
      about: 'ensemble',
      text: {
        fr: 'Après nos rencontres, nous gardons une trace écrite de ce qui a été décidé.',
        en: 'After our meetings, we keep a written record of what was decided.',
      },
      help: {
        fr: 'Même court, un compte rendu permet de faire les suivis : quelques lignes qui notent les décisions, qui s’en occupe et pour quand.',
        en: 'Even a short record makes follow-up possible: a few lines noting the decisions, who is in charge and by when.',
      },
      recommendation: {
        fr: 'À chaque rencontre, désignez une personne qui note les décisions et les suivis, puis envoyez ce court compte rendu à toutes les parties dans la semaine.',
        en: 'At each meeting, ask one person to note the decisions and next steps, then send this short record to all parties within the week.',
      },
      source: {
        document: FLHLMQ,
        passage: 'faire un court compte rendu (ou noter les points importants) de ce qui s’est décidé à la rencontre afin de pouvoir faire les suivis nécessaires',
      },
    },
    {
      id: 'faire-connaitre-succes',
      section: 'bonnes-pratiques',
      about: 'nous',
      text: {
        fr: 'Nous faisons connaître aux locataires les réussites du partenariat.',
        en: 'We let the tenants know about the partnership’s successes.',
      },
      help: {
        fr: 'Par exemple, un article dans le bulletin ou une affiche dans le hall d’entrée.',
        en: 'For example, an article in the newsletter or a poster in the lobby.',
      },
      recommendation: {
        fr: 'Profitez de chaque réussite, même petite, pour la faire connaître : bulletin, affiche, réseaux sociaux ou assemblée.',
        en: 'Use every success, however small, to spread the word: newsletter, poster, social media or general meeting.',
      },
      source: {
        document: FLHLMQ,
        passage: 'Faire connaître les succès',
      },
    },
    {
      id: 'feter-reussites',
      section: 'bonnes-pratiques',
      about: 'ensemble',
      text: {
        fr: 'Nous fêtons nos réussites avec les locataires et notre partenaire.',
        en: 'We celebrate our successes with the tenants and our partner.',
      },
      help: {
        fr: 'Par exemple, une fête de quartier ou un goûter dans la salle communautaire.',
        en: 'For example, a neighbourhood party or a snack in the community room.',
      },
      recommendation: {
        fr: 'Organisez avec votre partenaire une activité pour fêter une réussite avec les locataires, même simple.',
        en: 'Plan an activity with your partner to celebrate a success with the tenants, even a simple one.',
      },
      source: {
        document: FLHLMQ,
        passage: 'fêter les réussites avec les locataires et les partenaires.',
      },
    },

    // ── Ce que notre partenariat apporte (à part du résultat global) ──────────
    {
      id: 'projets-locataires',
      section: 'retombees',
      about: 'ensemble',
      text: {
        fr: 'Grâce au partenariat, des projets des locataires se réalisent.',
        en: 'Thanks to the partnership, tenants’ projects come to life.',
      },
      help: help(
        'Par exemple, un jardin communautaire, une fête des voisins ou un plan d’action de l’association.',
        'For example, a community garden, a neighbours’ party or the association’s action plan.',
      ),
      recommendation: {
        fr: 'Choisissez avec les locataires un projet qui leur tient à cœur et demandez à votre partenaire ce qu’il peut y apporter.',
        en: 'Choose a project that matters to the tenants, with them, and ask your partner what it can bring to it.',
      },
      source: {
        document: FLHLMQ,
        passage: 'de mettre en œuvre leurs projets et plans d’action pour le bien commun de tous',
      },
    },
    {
      id: 'milieu-de-vie',
      section: 'retombees',
      about: 'ensemble',
      text: {
        fr: 'Grâce au partenariat, le milieu de vie des locataires s’améliore.',
        en: 'Thanks to the partnership, the tenants’ living environment is improving.',
      },
      help: help(
        'Par exemple, des espaces communs mieux entretenus, plus de sécurité ou moins d’isolement.',
        'For example, better-kept common areas, more safety or less isolation.',
      ),
      recommendation: {
        fr: 'Nommez avec les locataires un changement concret que vous voulez voir dans le milieu de vie, et faites-en une priorité commune avec votre partenaire.',
        en: 'Name, with the tenants, one concrete change you want to see in the living environment, and make it a shared priority with your partner.',
      },
      source: {
        document: FLHLMQ,
        passage: 'permet aux locataires d’améliorer la qualité des milieux de vie dans leur HLM',
      },
    },
    {
      id: 'besoins-locataires',
      section: 'retombees',
      about: 'ensemble',
      text: {
        fr: 'Grâce au partenariat, les besoins des locataires sont mieux comblés.',
        en: 'Thanks to the partnership, the tenants’ needs are better met.',
      },
      help: help(
        'Par exemple, des visites auprès de personnes locataires isolées ou malades, organisées avec le réseau de la santé.',
        'For example, visits to isolated or sick tenants, organized with the health network.',
      ),
      recommendation: {
        fr: 'Demandez aux locataires ce qui a changé pour elles et eux grâce au partenariat, et portez leurs réponses à votre prochaine rencontre avec votre partenaire.',
        en: 'Ask the tenants what has changed for them thanks to the partnership, and bring their answers to your next meeting with your partner.',
      },
      source: {
        document: HUB,
        passage: 'dans le but de mieux répondre aux besoins des locataires',
      },
    },
    {
      id: 'fonds-complementaires',
      section: 'retombees',
      dimensions: ['financier'],
      about: 'ensemble',
      text: {
        fr: 'Notre partenariat donne accès à des fonds complémentaires pour nos projets.',
        en: 'Our partnership gives access to additional funds for our projects.',
      },
      help: help(
        'Par exemple, une demande de subvention déposée ensemble ou un projet financé en partie par chaque partie.',
        'For example, a grant application filed together or a project funded in part by each party.',
      ),
      recommendation: {
        fr: 'Repérez un projet que vous pourriez financer à plusieurs et préparez ensemble une demande de subvention commune.',
        en: 'Identify a project you could fund together and prepare a joint grant application.',
      },
      source: {
        document: HUB,
        passage: 'Accès à des fonds complémentaires, cofinancement de projets',
      },
    },
    {
      id: 'couts-optimises',
      section: 'retombees',
      dimensions: ['financier'],
      about: 'ensemble',
      text: {
        fr: 'En partageant des ressources avec notre partenaire, nous utilisons mieux notre budget.',
        en: 'By sharing resources with our partner, we make better use of our budget.',
      },
      help: help(
        'Par exemple, partager une salle ou du matériel, faire des achats groupés ou partager du personnel.',
        'For example, sharing a room or equipment, buying in bulk together or sharing staff.',
      ),
      recommendation: {
        fr: 'Passez en revue vos dépenses courantes et voyez lesquelles vous pourriez partager avec votre partenaire : locaux, matériel, achats ou personnel.',
        en: 'Go over your regular expenses and see which ones you could share with your partner: premises, equipment, purchases or staff.',
      },
      source: {
        document: HUB,
        passage: 'optimisation des coûts',
      },
    },
    {
      id: 'competences-specialisees',
      section: 'retombees',
      dimensions: ['expertise'],
      about: 'partenaire',
      text: {
        fr: 'Notre partenaire apporte des compétences spécialisées au partenariat.',
        en: 'Our partner brings specialized skills to the partnership.',
      },
      help: help(
        'Par exemple, en santé mentale, en gestion immobilière, en éducation ou en accompagnement social.',
        'For example, in mental health, property management, education or social support.',
      ),
      recommendation: {
        fr: 'Nommez les compétences qui vous seraient utiles et demandez à votre partenaire comment il peut les apporter : formation, conseils ou présence d’une personne spécialisée.',
        en: 'Name the skills that would help you and ask your partner how it could provide them: training, advice or the presence of a specialist.',
      },
      source: {
        document: HUB,
        passage: 'Apport de compétences spécialisées (santé mentale, gestion immobilière, éducation, accompagnement social, etc.)',
      },
    },
    {
      id: 'savoirs-locataires',
      section: 'retombees',
      dimensions: ['expertise'],
      about: 'nous',
      text: {
        fr: 'Nous apportons au partenariat notre connaissance des locataires et du milieu.',
        en: 'We bring our knowledge of the tenants and the community to the partnership.',
      },
      help: help(
        'Par exemple, nous savons ce que vivent les locataires, ce qu’elles et ils souhaitent et comment les rejoindre.',
        'For example, we know what tenants are going through, what they want and how to reach them.',
      ),
      recommendation: {
        fr: 'Présentez à votre partenaire ce que vous savez des locataires, par exemple les résultats d’un sondage ou d’une assemblée, et demandez que ce savoir soit pris en compte.',
        en: 'Share with your partner what you know about the tenants, for example the results of a survey or a general meeting, and ask that this knowledge be taken into account.',
      },
      source: {
        document: HUB,
        passage: 'grâce à la mise en commun de ressources, d’expertises et de réseaux',
      },
    },
    {
      id: 'liens-acteurs',
      section: 'retombees',
      dimensions: ['reseautage'],
      about: 'ensemble',
      text: {
        fr: 'Notre partenariat renforce nos liens avec d’autres actrices et acteurs communautaires, institutionnels et privés.',
        en: 'Our partnership strengthens our ties with other community, institutional and private-sector players.',
      },
      help: help(
        'Par exemple, grâce à notre partenaire, nous connaissons maintenant des personnes à la municipalité, au CLSC ou dans une entreprise du quartier.',
        'For example, through our partner, we now know people at the municipality, the local health centre (CLSC) or a neighbourhood business.',
      ),
      recommendation: {
        fr: 'Demandez à votre partenaire de vous présenter une ou deux personnes de son réseau, puis invitez-les à l’une de vos prochaines activités.',
        en: 'Ask your partner to introduce you to one or two people in its network, then invite them to one of your upcoming activities.',
      },
      source: {
        document: HUB,
        passage: 'Renforcement des liens avec les acteurs',
      },
    },
    {
      id: 'portee-elargie',
      section: 'retombees',
      dimensions: ['reseautage'],
      about: 'ensemble',
      text: {
        fr: 'Grâce au partenariat, nous rejoignons plus de locataires qu’avant.',
        en: 'Thanks to the partnership, we reach more tenants than before.',
      },
      help: help(
        'Par exemple, des locataires qui ne venaient jamais à nos activités y participent maintenant grâce au réseau de notre partenaire.',
        'For example, tenants who never came to our activities now take part, thanks to our partner’s network.',
      ),
      recommendation: {
        fr: 'Annoncez vos activités dans le réseau de votre partenaire, et les siennes dans le vôtre. Notez combien de nouvelles personnes vous rejoignez.',
        en: 'Promote your activities through your partner’s network, and its activities through yours. Keep track of how many new people you reach.',
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
      about: 'ensemble',
      text: {
        fr: 'Notre partenariat fait naître de nouvelles façons de faire qui combinent nos forces.',
        en: 'Our partnership gives rise to new ways of doing things that combine our strengths.',
      },
      help: help(
        'Par exemple, de l’aide aux devoirs offerte dans la salle communautaire de l’immeuble, ou du logement avec soutien communautaire.',
        'For example, homework help offered in the building’s community room, or housing with community support.',
      ),
      recommendation: {
        fr: 'Imaginez ensemble une activité qui combine vos forces et essayez-la d’abord à petite échelle.',
        en: 'Design together an activity that combines your strengths and try it on a small scale first.',
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
      about: 'ensemble',
      text: {
        fr: 'Ensemble, nous répondons à des besoins que chaque organisme comblerait difficilement seul.',
        en: 'Together, we meet needs that each organization would struggle to meet alone.',
      },
      help: help(
        'Par exemple, une famille qui a besoin à la fois d’un logement, de soutien psychosocial et d’aide juridique.',
        'For example, a family that needs housing, psychosocial support and legal help all at once.',
      ),
      recommendation: {
        fr: 'Choisissez une situation complexe vécue par des locataires et cherchez ensemble ce que chaque partie peut y apporter.',
        en: 'Take a complex situation faced by tenants and work out together what each party can bring to it.',
      },
      source: {
        document: HUB,
        passage: 'Ils agissent comme des leviers stratégiques pour répondre à des besoins complexes et multidimensionnels.',
      },
    },

    // ── Apprendre et grandir ensemble (propositions, apprendre en cours de route) ──
    {
      id: 'propositions-claires',
      section: 'apprendre-ensemble',
      about: 'nous',
      text: {
        fr: 'Les propositions que nous faisons à notre partenaire sont claires.',
        en: 'The proposals we make to our partner are clear.',
      },
      help: {
        fr: 'Par exemple, une page qui dit le besoin, ce que nous demandons, ce que nous apportons et les prochaines étapes.',
        en: 'For example, one page that sets out the need, what we are asking for, what we bring and the next steps.',
      },
      recommendation: {
        fr: 'Résumez votre prochaine proposition sur une page : le besoin, le projet, ce que vous apportez, ce que vous demandez et les prochaines étapes.',
        en: 'Sum up your next proposal on one page: the need, the project, what you bring, what you are asking for and the next steps.',
      },
      source: {
        document: HUB,
        passage: 'Il faut ensuite aligner ses objectifs avec des stratégies complémentaires et faire des propositions claires.',
      },
    },
    {
      id: 'apprentissage-continu',
      section: 'apprendre-ensemble',
      about: 'ensemble',
      text: {
        fr: 'Nous apprenons en cours de route, avec notre partenaire.',
        en: 'We learn along the way, with our partner.',
      },
      help: {
        fr: 'Par exemple, après un projet, nous prenons le temps de voir ensemble ce qui a bien marché et ce que nous changerions.',
        en: 'For example, after a project, we take time to look together at what worked well and what we would change.',
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
      about: 'ensemble',
      text: {
        fr: 'Notre partenariat est aussi une occasion de réfléchir ensemble à des enjeux communs.',
        en: 'Our partnership is also a chance to think together about shared issues.',
      },
      help: {
        fr: 'Par exemple, l’accès au logement, la sécurité des femmes ou l’isolement des personnes aînées.',
        en: 'For example, access to housing, women’s safety or the isolation of seniors.',
      },
      recommendation: {
        fr: 'Réservez chaque année une rencontre, avec un ordre du jour léger, pour discuter d’un enjeu commun à vos organismes et voir ce que vous pourriez faire ensemble.',
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
      id: 'type-partenaire',
      type: 'choice',
      label: { fr: 'Avec qui est ce partenariat ?', en: 'Who is this partnership with?' },
      help: {
        fr: 'Le partenaire dont parle ce questionnaire.',
        en: 'The partner this questionnaire is about. (A housing office is called a “housing bureau” in the Act respecting the Société d’habitation du Québec.)',
      },
      choices: [
        { value: 'office-habitation', label: { fr: 'Office d’habitation (OH)', en: 'Housing office (OH)' } },
        { value: 'ccr-ca', label: { fr: 'CCR ou CA de l’office', en: 'The housing office’s CCR or board' } },
        { value: 'clsc', label: { fr: 'CLSC (CISSS ou CIUSSS)', en: 'CLSC (CISSS or CIUSSS)' } },
        { value: 'organisme-communautaire', label: { fr: 'Organisme communautaire', en: 'Community organization' } },
        { value: 'municipalite', label: { fr: 'Municipalité', en: 'Municipality' } },
        { value: 'entreprise', label: { fr: 'Entreprise', en: 'Business' } },
        { value: 'table-concertation', label: { fr: 'Table de concertation', en: 'Local round table' } },
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
