import { describe } from 'vitest';
import { checkClaims } from './claim-table';

describe('French cue families: judging, finding, asking, arguing, feeling', () => {
  checkClaims([
    // assessment
    { lang: 'fr', text: "L'Office fédéral de l'agriculture retire ce fongicide. L'OFAG considère la substance comme probablement cancérigène pour l'homme.", claim: 'la substance comme probablement cancérigène', speaker: 'OFAG' },
    { lang: 'fr', text: "Le député Paul Martin qualifie cette réforme de véritable recul pour les salariés.", claim: 'cette réforme de véritable recul', speaker: 'Paul Martin' },
    // finding
    { lang: 'fr', text: 'Ainsi, huit véhicules sur dix étaient garés au mauvais endroit, a constaté la Ville, qui a dressé le bilan.', claim: 'huit véhicules sur dix', speaker: 'la Ville' },
    { lang: 'fr', text: "Le ministre a dépensé 40 000 euros en frais de taxi pendant son mandat, révèle Mediapart dans une enquête.", claim: 'a dépensé 40 000 euros', speaker: 'Mediapart' },
    // request
    { lang: 'fr', text: "Le canton de Berne a demandé à la Confédération d'interdire ce produit dès l'an prochain.", claim: "d'interdire ce produit", speaker: 'Le canton de Berne' },
    { lang: 'fr', text: "Le syndicat Unia exige le retrait immédiat du projet de loi sur le travail dominical.", claim: 'le retrait immédiat du projet', speaker: 'Le syndicat Unia' },
    // argument
    { lang: 'fr', text: "« Ce n'est pas une question d'argent mais de principe », a rétorqué le ministre des Finances.", claim: "Ce n'est pas une question", speaker: 'le ministre des Finances' },
    { lang: 'fr', text: "Le maire Denis Coderre a fait valoir que la ville ne pouvait plus payer ces travaux.", claim: 'la ville ne pouvait plus payer', speaker: 'Denis Coderre' },
    // feeling
    { lang: 'fr', text: "La ministre Agnès Buzyn déplore que les urgences manquent encore de médecins cet hiver.", claim: 'les urgences manquent encore', speaker: 'Agnès Buzyn' },
    { lang: 'fr', text: "Les élus de l'opposition s'offusqueront de voir le préfet invité au journal télévisé du soir.", claim: 'de voir le préfet invité' },
  ]);
});

describe('French inversions, "à ses yeux" and present participles', () => {
  checkClaims([
    { lang: 'fr', text: "La ministre Élisabeth Borne a reçu les syndicats. « Nous irons jusqu'au bout de cette réforme », estime-t-elle devant les députés.", claim: "Nous irons jusqu'au bout", speaker: 'Élisabeth Borne' },
    { lang: 'fr', text: "Le président Emmanuel Macron était à Berlin. « L'Europe doit se défendre seule désormais », ajoute-t-il.", claim: "L'Europe doit se défendre", speaker: 'Emmanuel Macron' },
    { lang: 'fr', text: "Une centaine de substances ont déjà été réexaminées, précise l'OFAG jeudi. À ses yeux, certains produits pourraient avoir un effet négatif sur la santé.", claim: 'certains produits pourraient avoir', speaker: 'OFAG' },
    { lang: 'fr', text: "Le maire Jean Rottner a présenté son budget mardi. Selon lui, la ville retrouvera l'équilibre financier dès 2021.", claim: "la ville retrouvera l'équilibre", speaker: 'Jean Rottner' },
    { lang: 'fr', text: "Le ministre Gérald Darmanin a présenté son plan, précisant que les effectifs de police augmenteront de dix pour cent.", claim: 'les effectifs de police augmenteront', speaker: 'Gérald Darmanin' },
    { lang: 'fr', text: "Marlène Schiappa a quitté le gouvernement, se félicitant d'avoir fait voter la loi contre le harcèlement de rue.", claim: "d'avoir fait voter la loi", speaker: 'Marlène Schiappa' },
  ]);
});

describe('French: impersonal reading cues name the publication', () => {
  checkClaims([
    { lang: 'fr', text: 'Le 24 octobre, on lit sur Le Point que le parquet a ouvert une enquête contre le directeur de cabinet.', claim: 'le parquet a ouvert une enquête', speaker: 'Le Point', without: 'on lit' },
    { lang: 'fr', text: 'En novembre, on apprend via l’AFP que la cour va réexaminer le non-lieu du ministre.', claim: 'la cour va réexaminer', speaker: 'l’AFP', without: 'apprend' },
    { lang: 'fr', text: 'On peut lire dans Libération que la mairie a renoncé au projet de tramway.', claim: 'la mairie a renoncé au projet', speaker: 'Libération' },
  ]);
});

describe('French: "peut-on lire" after the words it reports', () => {
  checkClaims([
    { lang: 'fr', text: '« Au total, une douzaine de responsables ont été mis en examen dans cette affaire », peut-on lire dans Les Échos.', claim: 'une douzaine de responsables', speaker: 'Les Échos', without: 'peut-on' },
    { lang: 'fr', text: 'Le sénateur aurait « employé sa femme pendant dix ans sans contrat », peut-on lire sur le site du journal.', claim: 'employé sa femme pendant dix ans', speaker: 'le site du journal' },
    { lang: 'fr', text: 'Le projet coûtera deux fois plus que prévu, lit-on dans le rapport de la Cour des comptes.', claim: 'coûtera deux fois plus', speaker: 'le rapport de la Cour des comptes' },
  ]);
});

describe('French: suspicion and accusation, with or without the accuser', () => {
  checkClaims([
    { lang: 'fr', text: 'Concrètement, le député est soupçonné d’avoir dépassé les plafonds d’indemnités.', claim: 'avoir dépassé les plafonds', without: 'soupçonné' },
    { lang: 'fr', text: 'Fin 2017, le ministre est accusé de viol et d’abus de faiblesse par deux femmes.', claim: 'viol et d’abus de faiblesse', speaker: 'deux femmes', without: 'par deux femmes' },
    { lang: 'fr', text: 'La directrice a été accusée de favoritisme envers ses proches par le syndicat des enseignants.', claim: 'favoritisme envers ses proches', speaker: 'le syndicat des enseignants' },
  ]);
});

describe('French: "C’est ce qu’a annoncé X" reports the sentence before', () => {
  checkClaims([
    { lang: 'fr', text: 'La ville ne renouvellera pas le contrat des trottinettes en 2020. C’est ce qu’a annoncé Éric Caldwell, responsable de la mobilité, mercredi matin.', claim: 'ne renouvellera pas le contrat', speaker: 'Éric Caldwell' },
    { lang: 'fr', text: 'Les stocks de vaccins suffiront jusqu’au printemps. C’est ce qu’affirme le ministère de la Santé dans un communiqué.', claim: 'Les stocks de vaccins suffiront', speaker: 'le ministère de la Santé dans un communiqué' },
  ]);
});

describe('French: an incise between auxiliary and participle, and a verb joined by "et"', () => {
  checkClaims([
    { lang: 'fr', text: 'L’avocat du ministre a, quant à lui, annoncé l’intention de son client de porter plainte.', claim: 'l’intention de son client', speaker: 'L’avocat du ministre' },
    { lang: 'fr', text: 'L’Union suisse des paysans a, elle, demandé aux exploitations de renoncer à ces produits.', claim: 'aux exploitations de renoncer', speaker: 'L’Union suisse des paysans' },
    { lang: 'fr', text: 'Amnesty International publie son rapport annuel et dénonce la répression des manifestations au Soudan.', claim: 'la répression des manifestations', speaker: 'Amnesty International' },
    { lang: 'fr', text: 'Le maire a démenti la rumeur et affirme que le budget sera voté en mars.', claim: 'le budget sera voté en mars', speaker: 'Le maire' },
  ]);
});

describe('French: an exclamation inside a parenthesis does not end the sentence', () => {
  checkClaims([
    { lang: 'fr', text: 'Selon Mediapart, avec cette double (triple !) casquette, le conseiller a pu conclure des contrats avec le port.', claim: 'a pu conclure des contrats', speaker: 'Mediapart' },
    { lang: 'en', text: 'According to the report, the firm paid a second (or third?) fine to the regulator last year.', claim: 'paid a second', speaker: 'the report' },
  ]);
});
