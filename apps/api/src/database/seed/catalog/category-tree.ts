// Two levels, as a distributor's web shop shows them. Slugs are stable: product families refer to them.
export interface CategoryNode {
  slug: string;
  name: string;
  children: ReadonlyArray<{ slug: string; name: string }>;
}

export const CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'fasteners',
    name: 'Fasteners',
    children: [
      { slug: 'bolts-screws', name: 'Bolts and screws' },
      { slug: 'nuts', name: 'Nuts' },
      { slug: 'washers', name: 'Washers' },
      { slug: 'anchors', name: 'Anchors and wall plugs' },
      { slug: 'rivets', name: 'Rivets and rivet nuts' },
    ],
  },
  {
    slug: 'tools',
    name: 'Tools',
    children: [
      { slug: 'hand-tools', name: 'Hand tools' },
      { slug: 'power-tools', name: 'Power tools' },
      { slug: 'drilling-cutting', name: 'Drilling and cutting' },
      { slug: 'measuring-tools', name: 'Measuring tools' },
    ],
  },
  {
    slug: 'safety',
    name: 'Safety equipment',
    children: [
      { slug: 'gloves', name: 'Protective gloves' },
      { slug: 'eye-face-protection', name: 'Eye and face protection' },
      { slug: 'hearing-protection', name: 'Hearing protection' },
      { slug: 'respiratory-protection', name: 'Respiratory protection' },
      { slug: 'workwear', name: 'Workwear and safety footwear' },
    ],
  },
  {
    slug: 'electrical',
    name: 'Electrical',
    children: [
      { slug: 'cables', name: 'Cables and wires' },
      { slug: 'cable-management', name: 'Cable management' },
      { slug: 'installation-material', name: 'Installation material' },
      { slug: 'lighting', name: 'Lighting' },
      { slug: 'batteries', name: 'Batteries' },
    ],
  },
  {
    slug: 'plumbing',
    name: 'Plumbing',
    children: [
      { slug: 'pipes-fittings', name: 'Pipes and fittings' },
      { slug: 'valves', name: 'Valves' },
      { slug: 'thread-sealing', name: 'Thread sealing' },
      { slug: 'hoses-clamps', name: 'Hoses and clamps' },
    ],
  },
  {
    slug: 'adhesives',
    name: 'Adhesives and chemicals',
    children: [
      { slug: 'glues', name: 'Glues' },
      { slug: 'sealants', name: 'Sealants and foams' },
      { slug: 'tapes', name: 'Adhesive tapes' },
      { slug: 'lubricants', name: 'Lubricants and technical sprays' },
    ],
  },
  {
    slug: 'packaging',
    name: 'Packaging',
    children: [
      { slug: 'cardboard-boxes', name: 'Cardboard boxes' },
      { slug: 'stretch-film', name: 'Stretch film and strapping' },
      { slug: 'packing-tape', name: 'Packing tape and dispensers' },
      { slug: 'cushioning', name: 'Cushioning and void fill' },
    ],
  },
  {
    slug: 'workshop',
    name: 'Workshop equipment',
    children: [
      { slug: 'storage', name: 'Storage and shelving' },
      { slug: 'workbenches-trolleys', name: 'Workbenches and trolleys' },
      { slug: 'cleaning', name: 'Cleaning and absorbents' },
      { slug: 'technical-books', name: 'Technical books' },
    ],
  },
];
