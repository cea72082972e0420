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
