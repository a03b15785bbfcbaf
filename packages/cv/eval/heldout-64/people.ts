/**
 * heldout-64 — the sixteen invented people behind the set. Everything here is made up: people, employers, schools,
 * addresses, e-mails and phone numbers (numbers have the right shape for their country, nothing more).
 *
 * `work` is oldest first. `skills` are grouped the way a designer's CV groups them; every template prints every
 * item's `name` (bars, dots, stars, donuts and hexagons only add a level beside the name). `abbr` is the two-letter
 * tool abbreviation a few templates print on an icon tile next to the name.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Skill {
  name: string;
  /** synonyms / abbreviations for the truth (after " | ") */
  syn?: string[];
  /** 1–5, drawn as bars, dots, stars, pies… */
  level: number;
  abbr?: string;
}
export interface SkillGroup {
  group: string;
  items: Skill[];
}
export interface Job {
  company: string;
  title: string;
  start: string;
  end: string | null;
  town: string;
  bullets: string[];
  /** printed label for internships, freelance or part-time posts */
  kind?: string;
}
export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
}
export interface LangSkill {
  name: string;
  level: string;
  /** 1–5 for dots/bars */
  score: number;
}
export interface OtherPhone {
  label: string;
  number: string;
}
export interface Person {
  id: string;
  lang: Lang;
  /** the name as written (mixed people: the Chinese name) */
  name: string;
  /** English / romanised name printed beside the Chinese one (mixed people) */
  alias?: string;
  /** given and family names for templates that split the name over lines */
  given: string;
  family: string;
  headline: string;
  email: string;
  /** E.164 */
  phone: string;
  /** the mobile as the person writes it */
  phoneShown: string;
  other?: OtherPhone[];
  town: string;
  links: string[];
  summary: string;
  skills: SkillGroup[];
  languages: LangSkill[];
  awards: string[];
  certs: string[];
  education: Edu[];
  work: Job[];
  notes: string;
}

export const people: Person[] = [
  {
    id: 'p01',
    lang: 'en',
    name: 'Imogen Thackeray',
    given: 'Imogen',
    family: 'Thackeray',
    headline: 'Brand & Identity Designer',
    email: 'imogen@thackeray.studio',
    phone: '+447723418906',
    phoneShown: '07723 418906',
    town: 'Bristol, UK',
    links: ['thackeray.studio', 'behance.net/imogenthackeray'],
    summary:
      'Brand designer with twelve years in studios and agencies, building identities, packaging and editorial systems for food, culture and charity clients. I lead small teams and like a crit on Friday.',
    skills: [
      {
        group: 'Design',
        items: [
          { name: 'Brand Identity', level: 5 },
          { name: 'Typography', level: 5 },
          { name: 'Art Direction', level: 4 },
          { name: 'Editorial Design', level: 4 },
        ],
      },
      {
        group: 'Tools',
        items: [
          { name: 'Adobe Illustrator', syn: ['Illustrator'], abbr: 'Ai', level: 5 },
          { name: 'Adobe InDesign', syn: ['InDesign'], abbr: 'Id', level: 5 },
          { name: 'Adobe Photoshop', syn: ['Photoshop'], abbr: 'Ps', level: 4 },
          { name: 'Figma', abbr: 'Fg', level: 4 },
          { name: 'Adobe After Effects', syn: ['After Effects'], abbr: 'Ae', level: 2 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'French', level: 'Upper intermediate (B2)', score: 3 },
    ],
    awards: ['Bristol Design Forum — Gold, Identity (2022)', 'Westbrook Print Awards — Highly Commended (2018)'],
    certs: [],
    education: [{ school: 'Falmouth School of Art & Design', degree: 'BA (Hons) Graphic Design', start: '2011-09', end: '2014-06' }],
    work: [
      {
        company: 'Fernhollow Studio',
        title: 'Junior Designer',
        start: '2014-07',
        end: '2016-08',
        town: 'Bath',
        bullets: ['Artworked packaging and print for regional food brands', 'Built the studio’s first shared type and colour library'],
      },
      {
        company: 'Ludgate & Pike',
        title: 'Designer',
        start: '2016-09',
        end: '2019-03',
        town: 'London',
        bullets: ['Identity and wayfinding for two museum rebrands', 'Produced pitch decks and brand guidelines'],
      },
      {
        company: 'Ludgate & Pike',
        title: 'Senior Designer',
        start: '2019-04',
        end: '2021-10',
        town: 'London',
        bullets: ['Led identity projects for charities and arts clients', 'Mentored three junior designers'],
      },
      {
        company: 'Kestrel Brand Partners',
        title: 'Design Lead',
        start: '2021-11',
        end: null,
        town: 'Bristol',
        bullets: ['Run a team of five across identity, packaging and digital', 'Rebranded a 40-shop bakery chain; sales up 12% in a year'],
      },
    ],
    notes: 'UK brand designer; promotion at Ludgate & Pike',
  },
  {
    id: 'p02',
    lang: 'en',
    name: 'Dashiell Moreno',
    given: 'Dashiell',
    family: 'Moreno',
    headline: 'Staff Product Designer',
    email: 'dash.moreno.ux@gmail.com',
    phone: '+15125550143',
    phoneShown: '(512) 555-0143',
    town: 'Austin, TX',
    links: ['dashmoreno.design', 'linkedin.com/in/dashmoreno'],
    summary:
      'Product designer for fintech and health software. Ten years of research-led interaction design, design systems and shipping with engineers.',
    skills: [
      {
        group: 'Practice',
        items: [
          { name: 'User Research', level: 4 },
          { name: 'Interaction Design', level: 5 },
          { name: 'Prototyping', level: 5 },
          { name: 'Usability Testing', level: 4 },
          { name: 'Design Systems', level: 5 },
        ],
      },
      {
        group: 'Tools & code',
        items: [
          { name: 'Figma', level: 5 },
          { name: 'Framer', level: 4 },
          { name: 'Miro', level: 4 },
          { name: 'HTML/CSS', syn: ['HTML', 'CSS'], level: 3 },
          { name: 'Accessibility (WCAG)', syn: ['WCAG', 'Accessibility'], level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'Spanish', level: 'Professional working', score: 4 },
    ],
    awards: ['Tallgrass Labs “Ship It” award (2021)', 'Speaker, Hill Country UX Meetup (2022)'],
    certs: ['UX Certificate, Austin Design Institute (2018)'],
    education: [{ school: 'University of North Texas', degree: 'BFA Communication Design', start: '2012-08', end: '2016-05' }],
    work: [
      {
        company: 'Bluebonnet Health',
        title: 'UX Design Intern',
        start: '2016-06',
        end: '2016-08',
        town: 'Austin, TX',
        kind: 'Internship',
        bullets: ['Ran 14 usability sessions for the patient portal'],
      },
      {
        company: 'Cedar Loop Software',
        title: 'UX Designer',
        start: '2016-10',
        end: '2019-05',
        town: 'Austin, TX',
        bullets: ['Designed onboarding and billing flows for a B2B SaaS product', 'Started the first component library in Sketch, later Figma'],
      },
      {
        company: 'Tallgrass Labs',
        title: 'Senior Product Designer',
        start: '2019-06',
        end: '2023-02',
        town: 'Austin, TX',
        bullets: ['Led design for the claims app (1.2M users)', 'Cut task time for adjusters by 31%'],
      },
      {
        company: 'Northvale Payments',
        title: 'Staff Product Designer',
        start: '2023-03',
        end: null,
        town: 'Remote',
        bullets: ['Own the merchant dashboard and its design system', 'Coach six designers; run the accessibility guild'],
      },
    ],
    notes: 'US product designer; summer internship',
  },
  {
    id: 'p03',
    lang: 'en',
    name: 'Niamh Costigan',
    given: 'Niamh',
    family: 'Costigan',
    headline: 'Creative Technologist',
    email: 'niamh.costigan@proton.me',
    phone: '+353874126630',
    phoneShown: '087 412 6630',
    town: 'Dublin 8, Ireland',
    links: ['niamh.codes', 'github.com/niamhcostigan'],
    summary:
      'Creative technologist building interactive installations, WebGL campaigns and generative brand work. Happiest between designers and engineers.',
    skills: [
      {
        group: 'Code',
        items: [
          { name: 'JavaScript', syn: ['JS'], level: 5 },
          { name: 'TypeScript', syn: ['TS'], level: 4 },
          { name: 'React', syn: ['React.js'], level: 4 },
          { name: 'Three.js', level: 5 },
          { name: 'WebGL', level: 4 },
          { name: 'GLSL', level: 3 },
          { name: 'Node.js', syn: ['Node'], level: 3 },
        ],
      },
      {
        group: 'Making',
        items: [
          { name: 'Creative Coding', level: 5 },
          { name: 'p5.js', level: 4 },
          { name: 'Blender', level: 3 },
          { name: 'Figma', level: 3 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'Irish', level: 'B1', score: 3 },
      { name: 'German', level: 'A2', score: 2 },
    ],
    awards: ['Digital Media Awards Ireland — Best Use of Creative Technology (2023)', 'Shortlisted, Galway Light Festival commission (2019)'],
    certs: [],
    education: [{ school: 'Munster Technological University', degree: 'BSc (Hons) Multimedia Computing', start: '2009-09', end: '2013-06' }],
    work: [
      {
        company: 'Harbourlight Digital',
        title: 'Web Developer',
        start: '2013-09',
        end: '2017-01',
        town: 'Cork',
        bullets: ['Built campaign microsites and e-commerce themes', 'Introduced Git and code review to a team of four'],
      },
      {
        company: 'Tessellate Interactive',
        title: 'Front-End Developer',
        start: '2017-02',
        end: '2020-06',
        town: 'Dublin',
        bullets: ['WebGL product configurators for furniture and car brands', 'Performance work: 60 fps on mid-range phones'],
      },
      {
        company: 'Oakum & Reed',
        title: 'Creative Technologist',
        start: '2020-07',
        end: null,
        town: 'Dublin',
        bullets: ['Prototype and build interactive installations and generative identities', 'Lead the studio’s R&D day every fortnight'],
      },
    ],
    notes: 'Irish creative technologist',
  },
  {
    id: 'p04',
    lang: 'en',
    name: 'Jarrah Whitfield',
    given: 'Jarrah',
    family: 'Whitfield',
    headline: 'Motion Design Lead',
    email: 'jarrah@whitfieldmotion.com.au',
    phone: '+61412738205',
    phoneShown: '0412 738 205',
    other: [{ label: 'Agent — Brightside Talent', number: '(03) 9421 6650' }],
    town: 'Brunswick VIC 3056',
    links: ['whitfieldmotion.com.au', 'vimeo.com/jarrahwhitfield'],
    summary:
      'Motion designer with fourteen years across broadcast, agency and games. Title sequences, trailers and in-game UI motion.',
    skills: [
      {
        group: 'Software',
        items: [
          { name: 'Adobe After Effects', syn: ['After Effects'], abbr: 'Ae', level: 5 },
          { name: 'Cinema 4D', syn: ['C4D'], abbr: 'C4D', level: 5 },
          { name: 'Blender', abbr: 'Bl', level: 4 },
          { name: 'Adobe Premiere Pro', syn: ['Premiere Pro'], abbr: 'Pr', level: 4 },
          { name: 'DaVinci Resolve', abbr: 'Dv', level: 3 },
          { name: 'Houdini', abbr: 'Hd', level: 2 },
          { name: 'Unreal Engine', syn: ['UE5'], abbr: 'Ue', level: 3 },
        ],
      },
      {
        group: 'Craft',
        items: [
          { name: 'Storyboarding', level: 4 },
          { name: '2D Animation', level: 5 },
          { name: 'Compositing', level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'Japanese', level: 'Conversational', score: 2 },
    ],
    awards: ['Melbourne Motion Festival — Best Title Sequence (2019)', 'Southern Cross Design Awards — Finalist, Motion (2023)'],
    certs: [],
    education: [{ school: 'Swanston Institute of Screen Arts', degree: 'Bachelor of Animation', start: '2009-02', end: '2011-11' }],
    work: [
      {
        company: 'Southbank Pictures',
        title: 'Motion Graphics Assistant',
        start: '2012-02',
        end: '2013-12',
        town: 'Melbourne',
        bullets: ['Lower thirds and promos for a regional broadcaster'],
      },
      {
        company: 'Copperwire Media',
        title: 'Motion Designer',
        start: '2014-01',
        end: '2018-06',
        town: 'Melbourne',
        bullets: ['Animated TVCs and social spots for retail and sport', 'Built the studio’s C4D render pipeline'],
      },
      {
        company: 'Copperwire Media',
        title: 'Senior Motion Designer',
        start: '2018-07',
        end: '2020-11',
        town: 'Melbourne',
        bullets: ['Led title sequences for two documentary series'],
      },
      {
        company: 'Whitfield Motion',
        title: 'Freelance Motion Designer',
        start: '2020-12',
        end: '2022-03',
        town: 'Melbourne',
        kind: 'Freelance',
        bullets: ['Trailers and explainer films for agencies and start-ups'],
      },
      {
        company: 'Gumleaf Games',
        title: 'Motion Design Lead',
        start: '2022-04',
        end: null,
        town: 'Melbourne',
        bullets: ['Lead UI motion and trailers for two console titles', 'Hire and coach a team of four'],
      },
    ],
    notes: 'Australian motion designer; promotion; freelance period; agent’s number printed',
  },
  {
    id: 'p05',
    lang: 'en',
    name: 'Priya Raman',
    given: 'Priya',
    family: 'Raman',
    headline: 'Senior Content Designer',
    email: 'priya.raman.writes@outlook.com',
    phone: '+14165550172',
    phoneShown: '416-555-0172',
    town: 'Toronto, ON',
    links: ['priyaraman.ca', 'medium.com/@priyawrites'],
    summary:
      'Content designer who turns insurance and banking jargon into plain language. Research-driven, comfortable with data, and a regular guest teacher.',
    skills: [
      {
        group: 'Content',
        items: [
          { name: 'Content Strategy', level: 5 },
          { name: 'UX Writing', level: 5 },
          { name: 'Information Architecture', level: 4 },
          { name: 'Plain Language', level: 5 },
          { name: 'SEO', level: 3 },
        ],
      },
      {
        group: 'Tools',
        items: [
          { name: 'Figma', level: 4 },
          { name: 'Adobe InDesign', syn: ['InDesign'], level: 3 },
          { name: 'Google Analytics', syn: ['GA4'], level: 4 },
          { name: 'HubSpot', level: 3 },
          { name: 'A/B Testing', syn: ['A/B tests'], level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'Tamil', level: 'Fluent', score: 4 },
      { name: 'French', level: 'Intermediate (B1)', score: 3 },
    ],
    awards: ['Borealis “Customer Voice” award (2023)', 'Toronto Plain Language Week speaker (2024)'],
    certs: ['Google Analytics Certification'],
    education: [{ school: 'Lakehead Valley University', degree: 'BA English & Professional Writing', start: '2011-09', end: '2015-04' }],
    work: [
      {
        company: 'Lakeshore Credit Union',
        title: 'Marketing Coordinator',
        start: '2015-05',
        end: '2017-08',
        town: 'Mississauga, ON',
        bullets: ['Newsletters, branch signage and the first member website copy'],
      },
      {
        company: 'Maplewood Digital Agency',
        title: 'Content Designer',
        start: '2017-09',
        end: '2021-01',
        town: 'Toronto, ON',
        bullets: ['Content models and microcopy for bank and telecom clients', 'Ran card sorts and tree tests for three IA projects'],
      },
      {
        company: 'Ridgeview College',
        title: 'Sessional Instructor, UX Writing',
        start: '2019-09',
        end: '2020-04',
        town: 'Toronto, ON',
        kind: 'Part-time',
        bullets: ['Taught one evening course per term (30 students)'],
      },
      {
        company: 'Borealis Insurance',
        title: 'Senior Content Designer',
        start: '2021-02',
        end: null,
        town: 'Toronto, ON',
        bullets: ['Lead content for the claims journey', 'Rewrote 240 policy letters; complaints down 18%'],
      },
    ],
    notes: 'Canadian content designer; part-time teaching post overlaps a full-time job',
  },
  {
    id: 'p06',
    lang: 'en',
    name: 'Mereana Tait',
    given: 'Mereana',
    family: 'Tait',
    headline: 'Senior Visualisation Artist',
    email: 'mereana.tait@xtra.co.nz',
    phone: '+64213849027',
    phoneShown: '021 384 9027',
    other: [{ label: 'Referee: Hemi Walker, Director, Tūī Bay Studio', number: '027 519 4408' }],
    town: 'Te Aro, Wellington',
    links: ['mereanatait.nz', 'artstation.com/mereanatait'],
    summary:
      'Architectural graduate turned visualiser. I make stills, animations and VR walkthroughs for architects and developers.',
    skills: [
      {
        group: 'Visualisation',
        items: [
          { name: 'Architectural Visualisation', level: 5 },
          { name: '3ds Max', level: 5 },
          { name: 'V-Ray', level: 5 },
          { name: 'Corona Renderer', syn: ['Corona'], level: 4 },
          { name: 'Lumion', level: 3 },
        ],
      },
      {
        group: 'Architecture',
        items: [
          { name: 'SketchUp', level: 4 },
          { name: 'Revit', level: 3 },
          { name: 'Rhino', level: 3 },
          { name: 'Adobe Photoshop', syn: ['Photoshop'], level: 4 },
          { name: 'Hand Sketching', level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'te reo Māori', level: 'Conversational', score: 3 },
    ],
    awards: ['Wellington Property Awards — Best Marketing Imagery (2024)'],
    certs: ['Chaos V-Ray Professional (2021)'],
    education: [{ school: 'Kōwhai University School of Architecture', degree: 'Master of Architecture (Professional)', start: '2011-02', end: '2015-11' }],
    work: [
      {
        company: 'Kauri Lane Architects',
        title: 'Graduate Architect',
        start: '2016-02',
        end: '2018-12',
        town: 'Auckland',
        bullets: ['Documentation and client imagery for residential projects'],
      },
      {
        company: 'Ponsonby Render Co.',
        title: 'Architectural Visualiser',
        start: '2019-01',
        end: '2022-07',
        town: 'Auckland',
        bullets: ['Stills and fly-throughs for 60+ developments', 'Set up the studio’s Corona workflow'],
      },
      {
        company: 'Tūī Bay Studio',
        title: 'Senior Visualisation Artist',
        start: '2022-08',
        end: null,
        town: 'Wellington',
        bullets: ['Lead artist on marketing imagery and VR for apartment projects', 'Train two junior artists'],
      },
    ],
    notes: 'New Zealand visualiser; referee’s mobile printed',
  },
  {
    id: 'p07',
    lang: 'en',
    name: 'Thandiwe Mokoena',
    given: 'Thandiwe',
    family: 'Mokoena',
    headline: 'Creative Lead: Packaging',
    email: 'thandi.mokoena@webmail.co.za',
    phone: '+27826143098',
    phoneShown: '082 614 3098',
    other: [{ label: 'Home', number: '021 447 2319' }],
    town: 'Observatory, Cape Town',
    links: ['thandimokoena.co.za'],
    summary:
      'Packaging designer who knows the press hall as well as the brand deck. Fifteen years of FMCG packs, from dielines to shelf.',
    skills: [
      {
        group: 'Packaging',
        items: [
          { name: 'Packaging Design', level: 5 },
          { name: 'Dieline Development', level: 5 },
          { name: 'Structural Design', level: 4 },
          { name: 'Prepress', level: 4 },
          { name: 'Colour Management', level: 4 },
        ],
      },
      {
        group: 'Software & strategy',
        items: [
          { name: 'Adobe Illustrator', syn: ['Illustrator'], level: 5 },
          { name: 'ArtiosCAD', level: 4 },
          { name: 'Esko Studio', syn: ['Esko'], level: 3 },
          { name: 'Adobe Photoshop', syn: ['Photoshop'], level: 4 },
          { name: 'Brand Strategy', level: 3 },
        ],
      },
    ],
    languages: [
      { name: 'isiXhosa', level: 'Home language', score: 5 },
      { name: 'English', level: 'Fluent', score: 5 },
      { name: 'Afrikaans', level: 'Good', score: 3 },
    ],
    awards: ['Pack of the Year, Cape Packaging Council (2019)', 'Gold Carton Award — Food category (2022)'],
    certs: ['Driver’s licence (Code B)'],
    education: [{ school: 'Cape Peninsula School of Design', degree: 'National Diploma: Graphic Design', start: '2008-01', end: '2010-11' }],
    work: [
      {
        company: 'Protea Print Solutions',
        title: 'Junior Graphic Designer',
        start: '2011-03',
        end: '2013-06',
        town: 'Epping',
        bullets: ['Repro and artwork for labels and cartons'],
      },
      {
        company: 'Fynbos & Co. Packaging',
        title: 'Packaging Designer',
        start: '2013-07',
        end: '2017-10',
        town: 'Paarden Eiland',
        bullets: ['Dielines and artwork for snack and beverage packs', 'Worked with press operators on colour sign-off'],
      },
      {
        company: 'Fynbos & Co. Packaging',
        title: 'Senior Packaging Designer',
        start: '2017-11',
        end: '2020-09',
        town: 'Paarden Eiland',
        bullets: ['Led structural redesigns that cut board use by 9%'],
      },
      {
        company: 'Karoo Foods Group',
        title: 'Creative Lead: Packaging',
        start: '2020-10',
        end: null,
        town: 'Cape Town',
        bullets: ['Own packaging for 11 brands and 300+ SKUs', 'Manage two designers and an external repro house'],
      },
    ],
    notes: 'South African packaging designer; promotion; home number printed',
  },
  // ——— Chinese ———
  {
    id: 'p08',
    lang: 'zh',
    name: '刘梓萱',
    given: '梓萱',
    family: '刘',
    headline: '高级UI设计师',
    email: 'liuzixuan_ui@163.com',
    phone: '+8613857142263',
    phoneShown: '138 5714 2263',
    town: '浙江杭州',
    links: ['zcool.com.cn/u/liuzixuan', 'dribbble.com/zixuanliu'],
    summary: '7年互联网UI设计经验，负责过电商与本地生活类App的视觉改版和设计规范搭建，擅长把业务目标转化为清晰的视觉方案。',
    skills: [
      {
        group: '设计能力',
        items: [
          { name: 'UI设计', level: 5 },
          { name: '视觉设计', level: 5 },
          { name: '交互设计', level: 4 },
          { name: '设计规范', level: 4 },
        ],
      },
      {
        group: '软件工具',
        items: [
          { name: 'Figma', level: 5 },
          { name: 'Sketch', level: 4 },
          { name: 'Photoshop', syn: ['PS', 'Adobe Photoshop'], level: 4 },
          { name: 'Illustrator', syn: ['AI', 'Adobe Illustrator'], level: 3 },
          { name: 'Principle', level: 3 },
          { name: 'C4D', syn: ['Cinema 4D'], level: 2 },
        ],
      },
    ],
    languages: [{ name: '英语', level: 'CET-6', score: 3 }],
    awards: ['2022年 潮鸣科技年度最佳设计奖', '2019年 云栖互动“设计之星”'],
    certs: [],
    education: [{ school: '浙江传媒设计学院', degree: '视觉传达设计 本科', start: '2014-09', end: '2018-06' }],
    work: [
      {
        company: '杭州云栖互动科技有限公司',
        title: '视觉设计实习生',
        start: '2017-07',
        end: '2017-12',
        town: '杭州',
        bullets: ['参与运营活动页与 Banner 设计'],
      },
      {
        company: '杭州云栖互动科技有限公司',
        title: 'UI设计师',
        start: '2018-03',
        end: '2020-08',
        town: '杭州',
        bullets: ['负责电商App首页、商品详情页的视觉改版', '整理组件库，统一图标与配色规范'],
      },
      {
        company: '浙江潮鸣网络科技有限公司',
        title: '高级UI设计师',
        start: '2020-09',
        end: null,
        town: '杭州',
        bullets: ['主导本地生活App 5.0 全新视觉，日活提升 18%', '搭建设计规范体系，带领 3 人视觉小组'],
      },
    ],
    notes: '杭州 UI 设计师；在校实习算作一段工作',
  },
  {
    id: 'p09',
    lang: 'zh',
    name: '何嘉伟',
    given: '嘉伟',
    family: '何',
    headline: '设计经理 / 交互设计',
    email: '2847165093@qq.com',
    phone: '+8615920467318',
    phoneShown: '159 2046 7318',
    town: '广东深圳',
    links: ['jiawei-ux.cn'],
    summary: '12年交互设计经验，做过智能硬件配套App、金融理财和企业服务产品，目前带领8人设计团队。',
    skills: [
      {
        group: '专业能力',
        items: [
          { name: '交互设计', level: 5 },
          { name: '用户研究', level: 4 },
          { name: '信息架构', level: 4 },
          { name: '原型设计', level: 5 },
          { name: '可用性测试', level: 4 },
          { name: '数据分析', level: 3 },
        ],
      },
      {
        group: '工具',
        items: [
          { name: 'Axure RP', syn: ['Axure'], level: 5 },
          { name: 'Figma', level: 4 },
          { name: '墨刀', level: 4 },
          { name: 'XMind', level: 4 },
        ],
      },
    ],
    languages: [
      { name: '粤语', level: '母语', score: 5 },
      { name: '英语', level: '熟练（CET-6）', score: 4 },
    ],
    awards: ['2019年 星图网络 优秀员工', '2023年 深圳设计周 交互设计类入围'],
    certs: [],
    education: [{ school: '华南工业设计学院', degree: '工业设计 本科', start: '2010-09', end: '2014-06' }],
    work: [
      {
        company: '深圳市蓝鲸智联科技有限公司',
        title: '交互设计师',
        start: '2014-07',
        end: '2017-03',
        town: '深圳',
        bullets: ['负责智能门锁配套App的交互方案', '输出交互文档与高保真原型'],
      },
      {
        company: '深圳前海星图网络有限公司',
        title: '高级交互设计师',
        start: '2017-04',
        end: '2021-06',
        town: '深圳',
        bullets: ['负责理财App开户与交易流程，转化率提升 22%', '建立用户访谈与可用性测试流程'],
      },
      {
        company: '深圳前海星图网络有限公司',
        title: '设计经理',
        start: '2021-07',
        end: null,
        town: '深圳',
        bullets: ['管理 8 人设计团队（交互、视觉、用研）', '推动企业服务产品设计体系落地'],
      },
    ],
    notes: '深圳交互设计师；同公司晋升',
  },
  {
    id: 'p10',
    lang: 'zh',
    name: '孙雨桐',
    given: '雨桐',
    family: '孙',
    headline: '品牌视觉主管',
    email: 'sunyutong.design@foxmail.com',
    phone: '+8618621739054',
    phoneShown: '186 2173 9054',
    town: '上海徐汇',
    links: ['behance.net/sunyutong'],
    summary: '11年品牌与包装设计经验，服务过茶饮、美妆、文创品牌，熟悉从品牌策略到落地物料的完整流程。',
    skills: [
      {
        group: '设计方向',
        items: [
          { name: '品牌设计', level: 5 },
          { name: 'VI设计', syn: ['VI', '视觉识别系统设计'], level: 5 },
          { name: '包装设计', level: 4 },
          { name: '字体设计', level: 4 },
          { name: '版式设计', level: 4 },
        ],
      },
      {
        group: '软件',
        items: [
          { name: 'Adobe Illustrator', syn: ['AI', 'Illustrator'], level: 5 },
          { name: 'Adobe Photoshop', syn: ['PS', 'Photoshop'], level: 5 },
          { name: 'Adobe InDesign', syn: ['ID', 'InDesign'], level: 4 },
          { name: 'Procreate', level: 3 },
          { name: 'C4D', syn: ['Cinema 4D'], level: 2 },
        ],
      },
    ],
    languages: [
      { name: '英语', level: 'CET-6', score: 3 },
      { name: '日语', level: 'JLPT N2', score: 3 },
    ],
    awards: ['2021年 东方包装设计奖 银奖', '2017年 上海海报双年展 入选'],
    certs: [],
    education: [{ school: '江南艺术学院', degree: '视觉传达设计 本科', start: '2011-09', end: '2015-06' }],
    work: [
      {
        company: '上海禾木广告有限公司',
        title: '平面设计师',
        start: '2015-09',
        end: '2018-06',
        town: '上海',
        bullets: ['地产与快消客户的海报、画册与户外广告设计'],
      },
      {
        company: '上海森屿文化传播有限公司',
        title: '品牌设计师',
        start: '2018-07',
        end: '2022-02',
        town: '上海',
        bullets: ['负责 6 个文创品牌的 VI 与包装', '参与新茶饮品牌从命名到门店物料的全案'],
      },
      {
        company: '上海拾光消费品有限公司',
        title: '品牌视觉主管',
        start: '2022-03',
        end: null,
        town: '上海',
        bullets: ['统筹美妆品牌视觉与包装，管理 4 人团队', '主导品牌升级，新包装上市首季销量增长 35%'],
      },
    ],
    notes: '上海品牌视觉设计师',
  },
  {
    id: 'p11',
    lang: 'zh',
    name: '赵一鸣',
    given: '一鸣',
    family: '赵',
    headline: '美术主管 · 3D角色',
    email: 'zhaoyiming3d@126.com',
    phone: '+8613980561427',
    phoneShown: '139 8056 1427',
    town: '四川成都',
    links: ['artstation.com/zhaoyiming'],
    summary: '10年游戏3D美术经验，参与过3款上线手游的角色制作，现负责角色组的品质把控与人员培养。',
    skills: [
      {
        group: '美术技能',
        items: [
          { name: '3D角色建模', level: 5 },
          { name: '手绘贴图', level: 4 },
          { name: 'PBR材质', level: 5 },
        ],
      },
      {
        group: '软件',
        items: [
          { name: 'Maya', level: 5 },
          { name: 'ZBrush', level: 5 },
          { name: 'Substance Painter', syn: ['SP'], level: 5 },
          { name: 'Marmoset Toolbag', syn: ['八猴'], level: 4 },
          { name: 'Blender', level: 3 },
          { name: '3ds Max', syn: ['3dsMax'], level: 3 },
          { name: 'Unity', level: 3 },
        ],
      },
    ],
    languages: [{ name: '英语', level: 'CET-4', score: 2 }],
    awards: ['2018年 天府互娱 年度优秀新人', '2024年 锦城游戏 项目攻坚奖'],
    certs: [],
    education: [{ school: '西南动漫职业学院', degree: '动漫设计 大专', start: '2013-09', end: '2016-06' }],
    work: [
      {
        company: '成都天府互娱网络科技有限公司',
        title: '3D美术实习生',
        start: '2016-03',
        end: '2016-08',
        town: '成都',
        bullets: ['制作场景道具与低模角色'],
      },
      {
        company: '成都天府互娱网络科技有限公司',
        title: '3D角色美术',
        start: '2016-09',
        end: '2019-12',
        town: '成都',
        bullets: ['负责武侠手游角色高低模与贴图', '单角色制作周期从 15 天缩短到 10 天'],
      },
      {
        company: '成都锦城游戏有限公司',
        title: '资深角色美术',
        start: '2020-01',
        end: '2023-05',
        town: '成都',
        bullets: ['二次元手游主角与BOSS角色制作', '制定角色 PBR 规范'],
      },
      {
        company: '成都锦城游戏有限公司',
        title: '美术主管',
        start: '2023-06',
        end: null,
        town: '成都',
        bullets: ['管理 12 人角色组，负责外包品控', '搭建新人培训体系'],
      },
    ],
    notes: '成都游戏角色美术；实习＋两次晋升式任职',
  },
  {
    id: 'p12',
    lang: 'zh',
    name: '周若琳',
    given: '若琳',
    family: '周',
    headline: '资深插画师',
    email: 'zhouruolin.art@163.com',
    phone: '+8615011682935',
    phoneShown: '150 1168 2935',
    town: '北京朝阳',
    links: ['weibo.com/ruolin_draws', 'zcool.com.cn/u/zhouruolin'],
    summary: '13年插画经验，从绘本、品牌插画到游戏运营视觉都有涉及，画风温暖细腻，也能快速切换风格。',
    skills: [
      {
        group: '创作',
        items: [
          { name: '商业插画', level: 5 },
          { name: '角色设计', level: 4 },
          { name: '绘本插画', level: 5 },
          { name: '视觉设计', level: 4 },
        ],
      },
      {
        group: '软件',
        items: [
          { name: 'Procreate', level: 5 },
          { name: 'Photoshop', syn: ['PS', 'Adobe Photoshop'], level: 5 },
          { name: 'Clip Studio Paint', syn: ['CSP', '优动漫'], level: 4 },
          { name: 'Illustrator', syn: ['AI', 'Adobe Illustrator'], level: 3 },
          { name: 'After Effects', syn: ['AE', 'Adobe After Effects'], level: 2 },
        ],
      },
    ],
    languages: [{ name: '英语', level: 'CET-4', score: 2 }],
    awards: ['2015年 金风筝儿童绘本大赛 二等奖', '2022年 万象互动 最佳运营视觉'],
    certs: [],
    education: [{ school: '北方美术学院', degree: '绘画（插画方向） 本科', start: '2009-09', end: '2013-06' }],
    work: [
      {
        company: '北京青柚文化传媒有限公司',
        title: '插画师',
        start: '2013-07',
        end: '2016-10',
        town: '北京',
        bullets: ['为儿童绘本与杂志绘制插画，出版绘本 6 册'],
      },
      {
        company: '北京有鹿科技有限公司',
        title: '视觉设计师',
        start: '2016-11',
        end: '2019-09',
        town: '北京',
        bullets: ['负责品牌吉祥物与节日营销插画', '运营视觉月均产出 40+ 张'],
      },
      {
        company: '北京万象互动娱乐有限公司',
        title: '资深插画师',
        start: '2020-04',
        end: null,
        town: '北京',
        bullets: ['负责手游版本运营插画与角色立绘', '指导 2 名插画师，制定风格指南'],
      },
    ],
    notes: '北京插画师；2019.10–2020.03 空档（不打印）',
  },
  // ——— mixed Chinese–English ———
  {
    id: 'p13',
    lang: 'mixed',
    name: '林可欣',
    alias: 'Hannah Lam',
    given: '可欣',
    family: '林',
    headline: 'UX Research Lead',
    email: 'hannah.lam.ux@gmail.com',
    phone: '+85295137284',
    phoneShown: '9513 7284',
    other: [{ label: 'Office (direct)', number: '+852 3907 2615' }],
    town: 'Tai Koo, Hong Kong',
    links: ['hannahlam.design', 'linkedin.com/in/hannahlamux'],
    summary:
      'Mixed-methods UX researcher for banking and insurance in Hong Kong. I plan research programmes, run fieldwork in Cantonese and English, and turn findings into decisions.',
    skills: [
      {
        group: 'Research',
        items: [
          { name: 'User Interviews', level: 5 },
          { name: 'Usability Testing', level: 5 },
          { name: 'Survey Design', level: 4 },
          { name: 'Journey Mapping', level: 4 },
          { name: 'Service Design', level: 3 },
          { name: 'Workshop Facilitation', level: 4 },
        ],
      },
      {
        group: 'Tools',
        items: [
          { name: 'Dovetail', level: 4 },
          { name: 'Figma', level: 3 },
          { name: 'Qualtrics', level: 4 },
          { name: 'SPSS', level: 3 },
        ],
      },
    ],
    languages: [
      { name: 'Cantonese', level: 'Native', score: 5 },
      { name: 'English', level: 'Fluent', score: 5 },
      { name: 'Mandarin', level: 'Professional', score: 4 },
    ],
    awards: ['HK Digital Experience Awards — Research Excellence (2022)'],
    certs: ['Certified Usability Analyst (CUA)'],
    education: [{ school: 'Harbour City University', degree: 'BSocSc Psychology', start: '2011-09', end: '2015-06' }],
    work: [
      {
        company: 'Kowloon Design Lab',
        title: 'Research Assistant',
        start: '2015-09',
        end: '2016-08',
        town: 'Kowloon Tong',
        bullets: ['Fieldwork and coding for an ageing-and-technology study'],
      },
      {
        company: 'Lantau Digital Ltd.',
        title: 'UX Researcher',
        start: '2016-09',
        end: '2019-12',
        town: 'Quarry Bay',
        bullets: ['Usability tests for retail banking apps', 'Set up the first research repository'],
      },
      {
        company: 'Sampan Insurance Ltd.',
        title: 'Senior UX Researcher',
        start: '2020-01',
        end: '2023-08',
        town: 'Central',
        bullets: ['Led discovery for the claims and onboarding journeys', 'Ran a 1,200-respondent customer survey twice a year'],
      },
      {
        company: 'Pokfield Technologies Ltd.',
        title: 'Research Lead',
        start: '2023-09',
        end: null,
        town: 'Tai Koo',
        bullets: ['Lead a team of three researchers across wealth products', 'Introduced research ops and a participant panel'],
      },
    ],
    notes: 'Hong Kong UX researcher; English CV with the Chinese name; office direct line printed',
  },
  {
    id: 'p14',
    lang: 'mixed',
    name: '吳佩珊',
    alias: 'Peishan Wu',
    given: '佩珊',
    family: '吳',
    headline: 'Senior Product Designer',
    email: 'peishan.wu.design@gmail.com',
    phone: '+886912604518',
    phoneShown: '0912-604-518',
    town: 'Da’an District, Taipei',
    links: ['peishanwu.design', 'medium.com/@peishanwu'],
    summary:
      'Product designer from Taipei working on e-commerce and logistics apps. Strong on systems and prototypes; I write about design ops in Chinese and English.',
    skills: [
      {
        group: 'Design',
        items: [
          { name: 'Product Design', level: 5 },
          { name: 'UI Design', level: 5 },
          { name: 'Design Systems', level: 4 },
          { name: 'Prototyping', level: 4 },
          { name: 'Usability Testing', level: 3 },
        ],
      },
      {
        group: 'Tools',
        items: [
          { name: 'Figma', level: 5 },
          { name: 'Sketch', level: 4 },
          { name: 'ProtoPie', level: 4 },
          { name: 'Adobe XD', syn: ['XD'], level: 3 },
          { name: 'Zeplin', level: 3 },
        ],
      },
    ],
    languages: [
      { name: 'Mandarin', level: 'Native', score: 5 },
      { name: 'Taiwanese Hokkien', level: 'Native', score: 5 },
      { name: 'English', level: 'TOEIC 905', score: 4 },
      { name: 'Japanese', level: 'JLPT N3', score: 2 },
    ],
    awards: ['Taipei Interface Awards — Shortlist, UI (2020)'],
    certs: [],
    education: [{ school: 'National Lanyang University of Technology', degree: 'BA Commercial Design', start: '2010-09', end: '2014-06' }],
    work: [
      {
        company: 'Dawnlight Digital Co., Ltd.',
        title: 'Visual Designer',
        start: '2014-08',
        end: '2017-01',
        town: 'Taipei',
        bullets: ['Campaign visuals and landing pages for retail clients'],
      },
      {
        company: 'Kumo Commerce Inc.',
        title: 'Product Designer',
        start: '2017-02',
        end: '2021-04',
        town: 'Taipei',
        bullets: ['Checkout and seller-centre flows for a marketplace app', 'Co-founded the design system team'],
      },
      {
        company: 'Kumo Commerce Inc.',
        title: 'Senior Product Designer',
        start: '2021-05',
        end: null,
        town: 'Taipei',
        bullets: ['Lead designer for logistics tracking (2.4M monthly users)', 'Mentor four designers'],
      },
    ],
    notes: 'Taiwanese product designer; English content, Traditional Chinese name and some labels; promotion',
  },
  {
    id: 'p15',
    lang: 'mixed',
    name: '梁俊杰',
    alias: 'Leong Jun Jie',
    given: '俊杰',
    family: '梁',
    headline: 'Creative Director, Motion',
    email: 'jj.leong.motion@gmail.com',
    phone: '+6591276534',
    phoneShown: '9127 6534',
    town: 'Tiong Bahru, Singapore',
    links: ['leongjunjie.com', 'behance.net/jjleong'],
    summary:
      'Motion and video designer from Singapore. Thirteen years of broadcast promos, brand films and social content; now running a small studio team.',
    skills: [
      {
        group: 'Motion & film',
        items: [
          { name: 'Motion Graphics', level: 5 },
          { name: 'Video Editing', level: 5 },
          { name: 'Colour Grading', level: 4 },
          { name: 'Storyboarding', level: 4 },
          { name: 'Art Direction', level: 4 },
        ],
      },
      {
        group: 'Software',
        items: [
          { name: 'Adobe After Effects', syn: ['After Effects'], abbr: 'Ae', level: 5 },
          { name: 'Adobe Premiere Pro', syn: ['Premiere Pro'], abbr: 'Pr', level: 5 },
          { name: 'Cinema 4D', syn: ['C4D'], abbr: 'C4D', level: 4 },
          { name: 'DaVinci Resolve', abbr: 'Dv', level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'English', level: 'Native', score: 5 },
      { name: 'Mandarin', level: 'Native', score: 5 },
      { name: 'Cantonese', level: 'Conversational', score: 3 },
      { name: 'Malay', level: 'Basic', score: 2 },
    ],
    awards: ['Asia Promo Awards — Silver, Channel Branding (2018)', 'Singapore Motion Week — Best Brand Film (2023)'],
    certs: [],
    education: [{ school: 'Kallang Polytechnic', degree: 'Diploma in Digital Media Design', start: '2008-04', end: '2011-03' }],
    work: [
      {
        company: 'Lion City Media Pte. Ltd.',
        title: 'Video Editor',
        start: '2013-01',
        end: '2015-12',
        town: 'Singapore',
        bullets: ['Edited promos and programme trailers for two channels'],
      },
      {
        company: 'Pixelkite Studio Pte. Ltd.',
        title: 'Motion Designer',
        start: '2016-01',
        end: '2019-08',
        town: 'Singapore',
        bullets: ['Explainers and social content for banks and airlines'],
      },
      {
        company: 'Merlion Creative Pte. Ltd.',
        title: 'Senior Motion Designer',
        start: '2019-09',
        end: '2024-01',
        town: 'Singapore',
        bullets: ['Led motion for brand launches across SEA', 'Built a shared C4D asset library'],
      },
      {
        company: 'Orchid Lane Studio Pte. Ltd.',
        title: 'Creative Director',
        start: '2024-02',
        end: null,
        town: 'Singapore',
        bullets: ['Run a team of six; pitch and direct brand films'],
      },
    ],
    notes: 'Singapore motion designer; English CV with the Chinese name',
  },
  {
    id: 'p16',
    lang: 'mixed',
    name: '许晨',
    alias: 'Xu Chen',
    given: '晨',
    family: '许',
    headline: 'Senior Data Visualisation Designer',
    email: 'xuchen.viz@outlook.com',
    phone: '+8617821436089',
    phoneShown: '+86 178 2143 6089',
    town: 'Jing’an, Shanghai',
    links: ['xuchen.io', 'observablehq.com/@xuchen'],
    summary:
      'Information designer and creative technologist. Six years in London studios, now in Shanghai building dashboards and data stories for city and mobility clients.',
    skills: [
      {
        group: 'Data',
        items: [
          { name: 'Data Visualisation', syn: ['Data Visualization', 'DataViz'], level: 5 },
          { name: 'Information Design', level: 5 },
          { name: 'D3.js', syn: ['D3'], level: 5 },
          { name: 'Python', level: 4 },
          { name: 'SQL', level: 3 },
          { name: 'Tableau', level: 4 },
        ],
      },
      {
        group: 'Creative code',
        items: [
          { name: 'Observable', level: 4 },
          { name: 'TouchDesigner', level: 3 },
          { name: 'Processing', level: 3 },
          { name: 'Figma', level: 4 },
        ],
      },
    ],
    languages: [
      { name: 'Mandarin', level: 'Native', score: 5 },
      { name: 'English', level: 'Fluent (IELTS 8.0)', score: 5 },
    ],
    awards: ['London Data Design Awards — Longlist (2020)', 'Shanghai Urban Data Challenge — 1st prize (2023)'],
    certs: [],
    education: [
      { school: 'Royal Kingsway College of Art', degree: 'MA Information Experience Design', start: '2014-09', end: '2015-09' },
      { school: '同济设计学院', degree: 'BA Digital Media', start: '2010-09', end: '2014-06' },
    ],
    work: [
      {
        company: 'Thameside Analytics Ltd',
        title: 'Data Visualisation Designer',
        start: '2015-10',
        end: '2018-09',
        town: 'London',
        bullets: ['Interactive reports for transport and energy clients'],
      },
      {
        company: 'Pearlstone Interactive',
        title: 'Creative Technologist',
        start: '2018-10',
        end: '2021-03',
        town: 'London',
        bullets: ['Data-driven installations and museum interactives', 'Prototyped in TouchDesigner and Processing'],
      },
      {
        company: 'Lantu Information Technology (Shanghai) Co., Ltd.',
        title: 'Senior Data Visualisation Designer',
        start: '2021-04',
        end: null,
        town: 'Shanghai',
        bullets: ['Design city-mobility dashboards used by three district governments', 'Lead a visualisation team of four'],
      },
    ],
    notes: 'Returnee (London → Shanghai); English CV with the Chinese name',
  },
];

export const byId = Object.fromEntries(people.map((p) => [p.id, p])) as Record<string, Person>;
