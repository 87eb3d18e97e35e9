// Names by language area, so a Dutch customer's staff sound Dutch and a British one's British.
export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

const GERMAN: NamePool = {
  female: [
    'Julia',
    'Katrin',
    'Sabrina',
    'Lena',
    'Petra',
    'Nadine',
    'Sandra',
    'Claudia',
    'Melanie',
    'Birgit',
    'Laura',
    'Stefanie',
  ],
  male: [
    'Michael',
    'Stefan',
    'Andreas',
    'Markus',
    'Tobias',
    'Florian',
    'Matthias',
    'Daniel',
    'Lukas',
    'Jürgen',
    'Martin',
    'Sebastian',
  ],
  last: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Meyer',
    'Wagner',
    'Hoffmann',
    'Schäfer',
    'Bauer',
    'Krause',
    'Zimmermann',
    'Hartmann',
    'Lange',
    'Werner',
    'Krüger',
    'Hofmann',
    'Braun',
    'Maier',
    'Vogel',
    'Haas',
  ],
};

const DUTCH: NamePool = {
  female: ['Sanne', 'Lotte', 'Femke', 'Anouk', 'Eva', 'Marieke', 'Ingrid', 'Noor'],
  male: ['Jeroen', 'Bas', 'Pieter', 'Joost', 'Thijs', 'Ruben', 'Maarten', 'Sander'],
  last: [
    'de Jong',
    'Jansen',
    'de Vries',
    'Bakker',
    'Visser',
    'Smit',
    'Meijer',
    'Mulder',
    'de Boer',
    'Dekker',
    'Kok',
    'Vermeulen',
  ],
};

const ENGLISH: NamePool = {
  female: ['Sarah', 'Emma', 'Rachel', 'Hannah', 'Charlotte', 'Lucy', 'Claire', 'Sophie'],
  male: ['James', 'Oliver', 'Daniel', 'Thomas', 'Matthew', 'Richard', 'Simon', 'Gareth'],
  last: [
    'Smith',
    'Taylor',
    'Brown',
    'Walker',
    'Wright',
    'Robinson',
    'Thompson',
    'Hughes',
    'Edwards',
    'Clarke',
    'Harris',
    'Wood',
  ],
};

const FRENCH: NamePool = {
  female: ['Camille', 'Chloé', 'Élodie', 'Nathalie', 'Sophie', 'Aurélie'],
  male: ['Julien', 'Nicolas', 'Mathieu', 'Laurent', 'Antoine', 'Olivier'],
  last: ['Favre', 'Rochat', 'Bonvin', 'Dubois', 'Perret', 'Mercier', 'Girard', 'Blanc', 'Morel', 'Fontaine'],
};

export function namePoolFor(countryCode: string, city: string): NamePool {
  if (countryCode === 'NL') return DUTCH;
  if (countryCode === 'GB') return ENGLISH;
  if (countryCode === 'CH' && city === 'Lausanne') return FRENCH;
  return GERMAN;
}

export const DEPARTMENTS = {
  ordering: ['Purchasing', 'Procurement', 'Maintenance', 'Production', 'Site management', 'Workshop', 'Logistics'],
  finance: ['Finance', 'Accounting', 'Controlling'],
  viewing: ['Engineering', 'Quality assurance', 'Production', 'Facility management', 'Warehouse'],
} as const;

// Logins are ASCII; umlauts are spelled out (ü becomes ue) as German e-mail addresses do.
export function emailLocalPart(firstName: string, lastName: string): string {
  return `${firstName}.${lastName}`
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]+/g, '');
}
