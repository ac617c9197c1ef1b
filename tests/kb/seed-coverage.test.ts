// Where each fact of the seed articles (docs/knowledge-base.md; named by their 3-digit
// prefix) lives in the shipped knowledge base: a remedy, a warning sign, a
// learn topic section, a timeline entry or a deliberate omission. A reviewer
// checks coverage here; the test fails when a target is renamed or removed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';

type Where =
  | { remedy: string }
  | { warningSign: string }
  | { learn: string; section: string }
  | { recovery: string }
  | { followUp: string }
  | { thermal: 'ice' | 'heat' }
  | { omitted: string };

type Seed = '000' | '001' | '002' | '003' | '004';

const SEED_FACTS: [fact: string, seed: Seed, where: Where[]][] = [
  // --- 000: home remedies, symptoms, causes, diagnosis -------------------------
  ['a spasm is a sudden, involuntary tightening of back muscles', '000', [{ learn: 'spasm', section: 'What happens' }]],
  ['pain from sharp to dull, spreading to the hips or legs', '000', [{ learn: 'spasm', section: 'How it feels' }]],
  ['spasms come at rest or during activity', '000', [{ learn: 'spasm', section: 'What happens' }]],
  ['stiffness that limits movement and normal posture', '000', [{ learn: 'spasm', section: 'How it feels' }]],
  ['ice for up to 20 minutes when it starts, with a thin cloth', '000', [{ thermal: 'ice' }, { remedy: 'ice-pack' }]],
  ['then heat: hot-water bottle, low heating pad, warm cloth', '000', [{ thermal: 'heat' }, { remedy: 'heat-pack' }]],
  ['alternate ice and heat if needed', '000', [{ remedy: 'alternating-ice-and-heat' }]],
  ['NSAIDs such as ibuprofen or naproxen', '000', [{ remedy: 'nsaid-tablets' }]],
  ['acetaminophen for pain', '000', [{ remedy: 'paracetamol' }]],
  ['self-massage in circles for 30–60 s at a time, at a pressure you can bear', '000', [{ remedy: 'massage' }]],
  ['rest sitting or lying in a comfortable position', '000', [{ remedy: 'short-rest-breaks' }]],
  ['deep breathing and meditation', '000', [{ remedy: 'relaxation-breathing' }]],
  ['gentle activity', '000', [{ remedy: 'stay-active' }]],
  [
    'prescription painkillers or muscle relaxants if home care fails',
    '000',
    [{ remedy: 'muscle-relaxants' }, { remedy: 'opioid-painkillers' }],
  ],
  ['osteopathic or chiropractic manipulation', '000', [{ remedy: 'manual-therapy' }]],
  ['physiotherapy', '000', [{ remedy: 'physiotherapy' }]],
  ['cannot move an arm or a leg at all', '000', [{ warningSign: 'sudden-leg-paralysis' }]],
  [
    'new or worse pain, numbness, tingling or weakness in the legs',
    '000',
    [{ warningSign: 'both-legs-symptoms' }, { warningSign: 'one-leg-getting-weaker' }],
  ],
  ['new or worse pain in the tummy', '000', [{ warningSign: 'new-tummy-pain' }]],
  [
    'loss of bladder or bowel control',
    '000',
    [{ warningSign: 'bladder-leaking' }, { warningSign: 'bowel-control-loss' }],
  ],
  ['pain lasts 10–14 days at most', '000', [{ omitted: 'pain-lasts-at-most-two-weeks' }]],
  [
    'overuse, repetitive movements, sport, manual work, heavy lifting',
    '000',
    [{ learn: 'causes', section: 'Asking too much of the muscles' }],
  ],
  ['sudden twisting or bending', '000', [{ learn: 'causes', section: 'Asking too much of the muscles' }]],
  ['injury and falls', '000', [{ learn: 'causes', section: 'Falls, knocks and accidents' }]],
  ['poor posture and a sedentary life', '000', [{ learn: 'causes', section: 'Asking too little of them' }]],
  [
    'low vitamin D, magnesium or potassium',
    '000',
    [{ omitted: 'magnesium-potassium-calcium' }, { learn: 'causes', section: 'Water, salts and vitamins' }],
  ],
  ['anxiety and stress cause muscle tension', '000', [{ learn: 'causes', section: 'Stress and worry' }]],
  [
    'disc problems, spondylolisthesis, stenosis, fibromyalgia',
    '000',
    [{ learn: 'causes', section: 'Problems of the spine and other illnesses' }],
  ],
  [
    'see a doctor for severe, frequent, recurrent or prolonged spasms',
    '000',
    [{ learn: 'recurring', section: 'Spasms that keep coming back' }],
  ],
  [
    'the doctor takes a history and examines the back',
    '000',
    [
      { learn: 'diagnosis', section: 'Questions first' },
      { learn: 'diagnosis', section: 'The examination' },
    ],
  ],
  [
    'neurological examination: strength, sensation, reflexes',
    '000',
    [{ learn: 'diagnosis', section: 'The examination' }],
  ],
  ['nearby joints: hip and sacroiliac joint', '000', [{ learn: 'diagnosis', section: 'The examination' }]],
  [
    'X-ray, MRI, CT, bone, SPECT or DEXA scans to find the cause',
    '000',
    [{ omitted: 'imaging-to-find-the-cause' }, { learn: 'diagnosis', section: 'When a scan or test does help' }],
  ],

  // --- 001: four news articles ------------------------------------------------
  ['spasms range from small twinges to disabling contractions', '001', [{ learn: 'spasm', section: 'How it feels' }]],
  [
    'aching to shooting, burning or stabbing pain; down a leg; worse with bending, lifting, standing or walking',
    '001',
    [{ learn: 'spasm', section: 'How it feels' }],
  ],
  [
    'weak muscles from too much sitting and too little exercise',
    '001',
    [{ learn: 'causes', section: 'Asking too little of them' }],
  ],
  [
    'overexertion strains the muscle with small tears',
    '001',
    [{ learn: 'causes', section: 'Asking too much of the muscles' }],
  ],
  [
    'too little water, potassium or calcium causes spasms',
    '001',
    [{ omitted: 'magnesium-potassium-calcium' }, { omitted: 'hydration-cures-spasms' }],
  ],
  ['falls and car accidents', '001', [{ learn: 'causes', section: 'Falls, knocks and accidents' }]],
  [
    'see a doctor if it lasts more than a few weeks',
    '001',
    [{ followUp: 'not-improving' }, { warningSign: 'not-improving-after-weeks' }],
  ],
  [
    'severe pain that rest does not ease',
    '001',
    [{ warningSign: 'night-or-rest-pain' }, { warningSign: 'pain-severe-or-worsening' }],
  ],
  ['pain spreading below the knee', '001', [{ warningSign: 'leg-pain-below-knee' }]],
  [
    'weakness, numbness or tingling in one or both legs',
    '001',
    [{ warningSign: 'one-leg-numbness-over-a-week' }, { warningSign: 'both-legs-symptoms' }],
  ],
  ['unexplained weight loss', '001', [{ warningSign: 'weight-loss' }]],
  [
    'at once: new bladder or bowel problems, fever, after a fall or blow',
    '001',
    [{ warningSign: 'bladder-leaking' }, { warningSign: 'fever' }, { warningSign: 'serious-accident' }],
  ],
  ['cold in the first 48 hours, heat after', '001', [{ thermal: 'ice' }, { remedy: 'alternating-ice-and-heat' }]],
  [
    'physiotherapy: exercises, massage, manual therapy, electrical stimulation',
    '001',
    [{ remedy: 'physiotherapy' }, { remedy: 'tens' }],
  ],
  [
    'acupuncture, chiropractic and yoga, with low to moderate evidence',
    '001',
    [{ remedy: 'acupuncture' }, { remedy: 'manual-therapy' }, { remedy: 'yoga-or-tai-chi' }],
  ],
  ['gentle stretching', '001', [{ remedy: 'knee-to-chest' }, { remedy: 'childs-pose' }]],
  [
    'good posture when sitting, standing and lifting',
    '001',
    [{ learn: 'prevention', section: 'Set up your desk' }, { remedy: 'safe-lifting' }],
  ],
  [
    'regular core-strengthening exercise prevents spasms',
    '001',
    [{ learn: 'prevention', section: 'Build strength in the back, tummy and buttocks' }],
  ],
  [
    'physiotherapy within about 2 weeks of seeing a doctor is linked to less other care later',
    '001',
    [{ learn: 'recurring', section: 'Physiotherapy, and starting it early' }],
  ],
  [
    'physiotherapy teaches people to manage flare-ups themselves',
    '001',
    [{ learn: 'recurring', section: 'Physiotherapy, and starting it early' }],
  ],
  ['low back pain often goes away on its own', '001', [{ recovery: 'most-improve-regardless' }]],
  ['self-care with heat and gentle movement first', '001', [{ remedy: 'heat-pack' }, { remedy: 'stay-active' }]],
  [
    'long sitting strains the back; slouching adds pressure',
    '001',
    [{ learn: 'causes', section: 'Asking too little of them' }, { remedy: 'movement-breaks' }],
  ],
  ['a sit-stand desk reduced low back pain in one study', '001', [{ omitted: 'standing-desk-reduces-pain' }]],
  ['screen at eye level, elbows at about 90°', '001', [{ learn: 'prevention', section: 'Set up your desk' }]],
  ['a homemade standing desk from books or boxes', '001', [{ learn: 'prevention', section: 'Set up your desk' }]],
  [
    'ease into a standing desk, alternate sitting and standing',
    '001',
    [{ learn: 'prevention', section: 'If you try a standing desk' }],
  ],
  [
    'supportive shoes or a cushioned mat when standing',
    '001',
    [{ learn: 'prevention', section: 'If you try a standing desk' }],
  ],
  [
    'get up and move often, whether sitting or standing',
    '001',
    [{ learn: 'prevention', section: 'Break up sitting and standing' }],
  ],
  [
    'sit with the lower back supported, feet on the floor, a cushion behind the back',
    '001',
    [{ remedy: 'movement-breaks' }],
  ],
  ['ultra-low frequency spinal cord stimulation pilot', '001', [{ omitted: 'spinal-cord-stimulator-results' }]],
  ['TENS', '001', [{ remedy: 'tens' }]],
  [
    'weak buttock muscles from sitting; strengthen them and stay active',
    '001',
    [{ learn: 'prevention', section: 'Build strength in the back, tummy and buttocks' }],
  ],
  [
    '60–80% of adults get low back pain, half by 30',
    '001',
    [{ omitted: 'back-pain-prevalence-figures' }, { learn: 'spasm', section: 'It is very common' }],
  ],
  [
    'motor skills training beat strength and flexibility training in chronic back pain',
    '001',
    [{ omitted: 'motor-skills-training' }],
  ],
  ['only short rest helps; long rest makes outcomes worse', '001', [{ remedy: 'bed-rest' }]],

  // --- 002: recognising and dealing with back spasms --------------------------
  [
    'very common; from overuse, spine problems or nothing obvious',
    '002',
    [
      { learn: 'spasm', section: 'It is very common' },
      { learn: 'causes', section: 'Problems of the spine and other illnesses' },
    ],
  ],
  [
    'the muscle may visibly twitch or bulge, and feel hard or tender',
    '002',
    [{ learn: 'spasm', section: 'What you may notice in the muscle' }],
  ],
  [
    'see a doctor if severe, with limb weakness or numbness, disturbing sleep, or over about 2 weeks',
    '002',
    [
      { warningSign: 'pain-severe-or-worsening' },
      { warningSign: 'one-leg-getting-weaker' },
      { warningSign: 'night-or-rest-pain' },
      { warningSign: 'not-improving-after-weeks' },
    ],
  ],
  [
    'emergency: fever with spasms, loss of bladder or bowel control',
    '002',
    [{ warningSign: 'fever' }, { warningSign: 'bladder-leaking' }],
  ],
  [
    'the doctor checks reflexes and limb strength and examines the sore area',
    '002',
    [{ learn: 'diagnosis', section: 'The examination' }],
  ],
  [
    'X-ray or MRI only if a spinal condition is suspected',
    '002',
    [{ learn: 'diagnosis', section: 'When a scan or test does help' }],
  ],
  [
    'doctors may add physiotherapy, muscle relaxants, anti-inflammatories or short-term opioids',
    '002',
    [
      { remedy: 'physiotherapy' },
      { remedy: 'muscle-relaxants' },
      { remedy: 'nsaid-tablets' },
      { remedy: 'opioid-painkillers' },
    ],
  ],
  ['cortisone injections, nerve blocks, nerve ablation', '002', [{ omitted: 'injections-and-nerve-procedures' }]],
  ['acupuncture and massage', '002', [{ remedy: 'acupuncture' }, { remedy: 'massage' }]],
  ['acupressure', '002', [{ omitted: 'acupressure-and-pinching' }]],
  ['chiropractic care treats the root cause of posture spasms', '002', [{ omitted: 'chiropractic-fixes-root-cause' }]],
  [
    'the pain–spasm cycle: treat the pain rather than push through it',
    '002',
    [
      { learn: 'cycle', section: 'The idea' },
      { learn: 'cycle', section: 'What it means for you' },
    ],
  ],
  [
    'meditation and tai chi for long-lasting spasms',
    '002',
    [{ remedy: 'yoga-or-tai-chi' }, { remedy: 'relaxation-breathing' }],
  ],
  ['anti-inflammatory diets', '002', [{ omitted: 'anti-inflammatory-diet' }]],
  [
    'strong back muscles through walking and back exercises',
    '002',
    [
      { learn: 'prevention', section: 'Keep active' },
      { learn: 'prevention', section: 'Build strength in the back, tummy and buttocks' },
    ],
  ],
  ['a healthy weight and not smoking', '002', [{ learn: 'prevention', section: 'A healthy weight, and not smoking' }]],
  [
    'stretch regularly, lift properly, keep good posture',
    '002',
    [{ learn: 'prevention', section: 'Lift with care' }, { remedy: 'safe-lifting' }],
  ],

  // --- 003: how to fix lower back spasms --------------------------------------
  ['a spasm can strike when bending to tie a shoe', '003', [{ learn: 'spasm', section: 'What happens' }]],
  ['neck muscle spasms; calf and hamstring cramps and their stretches', '003', [{ omitted: 'neck-and-calf-spasms' }]],
  ['pain that wakes you or stops you sleeping', '003', [{ warningSign: 'night-or-rest-pain' }]],
  [
    'pain worse in some positions, or spreading, needs immediate care',
    '003',
    [{ omitted: 'position-or-spreading-pain-is-an-emergency' }],
  ],
  ['NSAIDs such as ibuprofen, naproxen, celecoxib', '003', [{ remedy: 'nsaid-tablets' }]],
  ['acetaminophen eases pain but not inflammation', '003', [{ remedy: 'paracetamol' }]],
  ['massage eases tension and stiffness', '003', [{ remedy: 'massage' }]],
  [
    'call a doctor for radiating pain, recurrent spasms or severe pain',
    '003',
    [
      { warningSign: 'leg-pain-below-knee' },
      { learn: 'recurring', section: 'Spasms that keep coming back' },
      { warningSign: 'pain-severe-or-worsening' },
    ],
  ],
  [
    'get help at once for weakness of the back or loss of bowel or bladder control',
    '003',
    [{ learn: 'recurring', section: 'Weakness is not a spasm' }, { warningSign: 'bowel-control-loss' }],
  ],
  [
    'see a doctor when back pain interferes with the rest of life',
    '003',
    [{ warningSign: 'pain-stops-daily-life' }, { learn: 'recurring', section: 'Spasms that keep coming back' }],
  ],
  ['most back pain goes within a few weeks', '003', [{ recovery: 'most-gain-in-six-weeks' }]],
  ['a dull, constant ache; hard to stand upright', '003', [{ learn: 'spasm', section: 'How it feels' }]],
  [
    'a twitch or a hard knot; sore and tender afterwards',
    '003',
    [{ learn: 'spasm', section: 'What you may notice in the muscle' }],
  ],
  ['stretch the muscle until the spasm stops', '003', [{ omitted: 'hold-stretch-until-spasm-stops' }]],
  ['hot or cold pack wrapped in a cloth', '003', [{ remedy: 'ice-pack' }, { remedy: 'heat-pack' }]],
  ['drink more to treat dehydration', '003', [{ omitted: 'hydration-cures-spasms' }]],
  ['NSAIDs that are safe for you, with a pharmacist’s guidance', '003', [{ remedy: 'nsaid-tablets' }]],
  ['seek help for spasms that come often', '003', [{ learn: 'recurring', section: 'Spasms that keep coming back' }]],
  ['pinch and hold the area for a few minutes', '003', [{ omitted: 'acupressure-and-pinching' }]],
  [
    'what the provider asks: feel, place, bladder and bowel, how long and how often, stiffness, numbness, ' +
      'weakness, medicines',
    '003',
    [{ learn: 'diagnosis', section: 'Questions first' }],
  ],
  ['mention any injury to your back', '003', [{ learn: 'diagnosis', section: 'Questions first' }]],
  [
    'using muscles too little or too much; stress; trauma',
    '003',
    [
      { learn: 'causes', section: 'Asking too little of them' },
      { learn: 'causes', section: 'Asking too much of the muscles' },
      { learn: 'causes', section: 'Stress and worry' },
    ],
  ],
  [
    'too little water, potassium or calcium',
    '003',
    [{ omitted: 'magnesium-potassium-calcium' }, { learn: 'causes', section: 'Water, salts and vitamins' }],
  ],
  ['an epidural abscess can cause spasms', '003', [{ warningSign: 'fever-with-nerve-signs' }]],
  [
    'a pulled muscle is a strain, a tear of the fibres',
    '003',
    [{ learn: 'causes', section: 'Asking too much of the muscles' }],
  ],
  ['spasm graded with the Modified Ashworth Scale', '003', [{ omitted: 'ashworth-scale' }]],
  ['magnesium oil and Epsom salt baths', '003', [{ omitted: 'magnesium-oil-epsom-bath' }]],
  ['too much bed rest makes it worse; bed rest no longer advised', '003', [{ remedy: 'bed-rest' }]],
  ['do not use the injured muscle at all while resting', '003', [{ omitted: 'rest-dont-use-the-muscle' }]],
  ['muscle relaxants with caution, for severe pain', '003', [{ remedy: 'muscle-relaxants' }]],
  [
    'painkillers numb warnings and lead to permanent injury',
    '003',
    [{ omitted: 'painkillers-cause-permanent-injury' }],
  ],
  [
    'calcium, magnesium and potassium supplements cured chronic spasms',
    '003',
    [{ omitted: 'magnesium-potassium-calcium' }],
  ],
  ['trigger point and epidural steroid injections', '003', [{ omitted: 'injections-and-nerve-procedures' }]],
  ['turmeric can replace NSAIDs', '003', [{ omitted: 'turmeric-replaces-nsaids' }]],
  ['ginger against inflammation', '003', [{ omitted: 'herbal-remedies' }]],
  ['fish oil, 2–4 g a day', '003', [{ omitted: 'fish-oil' }]],
  ['ice or heat for 20–30 minutes, repeated after 20–30 minutes', '003', [{ omitted: 'ice-for-30-minutes' }]],
  [
    'muscle relaxants only at night and for 72 hours at most',
    '003',
    [{ omitted: 'muscle-relaxants-72-hours-at-night' }],
  ],
  ['physiotherapy teaches relaxation and stretches', '003', [{ remedy: 'physiotherapy' }]],

  // --- 004: how to treat muscle spasms in the back ----------------------------
  [
    'spasms come from overuse, strain or injury',
    '004',
    [{ learn: 'causes', section: 'Asking too much of the muscles' }],
  ],
  ['spasms may point to something serious', '004', [{ learn: 'spasm', section: 'When it is more than a spasm' }]],
  ['avoid long bed rest; gentle movement speeds healing', '004', [{ remedy: 'bed-rest' }, { remedy: 'stay-active' }]],
  [
    'about 20 minutes bent forward can bring on spasms lasting up to 7 hours',
    '004',
    [{ learn: 'causes', section: 'Staying bent forward' }],
  ],
  [
    'quick movements, heavy lifting, disc problems, a narrowed spine',
    '004',
    [
      { learn: 'causes', section: 'Asking too much of the muscles' },
      { learn: 'causes', section: 'Problems of the spine and other illnesses' },
    ],
  ],
  ['minor soft-tissue tightening is common and harmless', '004', [{ learn: 'spasm', section: 'What happens' }]],
  ['up to 10% of men and 20% of women have upper back pain', '004', [{ omitted: 'upper-back-pain-figures' }]],
  [
    'weak muscles, arthritis and back-loading sports raise the risk',
    '004',
    [
      { learn: 'risk-factors', section: 'Things you can change' },
      { learn: 'risk-factors', section: 'Things you cannot change' },
    ],
  ],
  [
    'smokers and overweight people get more back pain',
    '004',
    [{ learn: 'risk-factors', section: 'Things you can change' }],
  ],
  [
    'ice numbs and reduces swelling; heat loosens and brings blood flow',
    '004',
    [{ remedy: 'ice-pack' }, { remedy: 'heat-pack' }],
  ],
  [
    'spasms last days or weeks',
    '004',
    [
      { recovery: 'pain-halves-in-first-month' },
      { recovery: 'full-recovery-can-take-months' },
      { learn: 'duration', section: 'What to expect' },
    ],
  ],
  [
    'stretch and strengthen back and tummy muscles',
    '004',
    [
      { remedy: 'regular-exercise' },
      { learn: 'prevention', section: 'Build strength in the back, tummy and buttocks' },
    ],
  ],
  ['short walks several times a day', '004', [{ remedy: 'gentle-walking' }]],
  ['if NSAIDs do not work, take acetaminophen instead', '004', [{ omitted: 'paracetamol-if-nsaids-fail' }]],
  [
    'repeated spasms can mean strain, weak muscles or another problem',
    '004',
    [{ learn: 'recurring', section: 'Spasms that keep coming back' }],
  ],
  [
    'kidney infections and herniated discs',
    '004',
    [
      { warningSign: 'kidney-infection-signs' },
      { learn: 'causes', section: 'Problems of the spine and other illnesses' },
    ],
  ],
  [
    'ice for the first 48 hours, 15–20 minutes at a time, then heat',
    '004',
    [{ thermal: 'ice' }, { remedy: 'ice-pack' }],
  ],
  ['self-massage or professional massage', '004', [{ remedy: 'massage' }]],
  ['trunk rotation and child’s pose, 5–10 deep breaths', '004', [{ remedy: 'knee-rolls' }, { remedy: 'childs-pose' }]],
  [
    'stretching often stops spasms coming back',
    '004',
    [{ learn: 'prevention', section: 'Build strength in the back, tummy and buttocks' }],
  ],
  [
    'walking or jogging keeps 60% of people with night cramps free of spasms',
    '004',
    [{ omitted: 'walking-and-night-cramps-statistic' }],
  ],
  ['herbs: turmeric, ginger, devil’s claw, willow bark', '004', [{ omitted: 'herbal-remedies' }]],
  [
    'diet low in grains, dairy and fruit, and sugar, linked to back pain',
    '004',
    [{ omitted: 'anti-inflammatory-diet' }],
  ],
  ['water and electrolyte-rich foods prevent spasms', '004', [{ omitted: 'hydration-cures-spasms' }]],
  ['foods high in magnesium, calcium and potassium', '004', [{ omitted: 'magnesium-potassium-calcium' }]],
  [
    'move about every half hour and take short walks',
    '004',
    [{ learn: 'prevention', section: 'Break up sitting and standing' }],
  ],
  [
    'an ergonomic workspace and safe lifting',
    '004',
    [
      { learn: 'prevention', section: 'Set up your desk' },
      { learn: 'prevention', section: 'Lift with care' },
    ],
  ],
  [
    'a healthy weight and sitting or standing upright',
    '004',
    [{ learn: 'prevention', section: 'A healthy weight, and not smoking' }],
  ],
  ['physiotherapy to strengthen muscles', '004', [{ remedy: 'physiotherapy' }]],
  ['clonazepam eases spasm pain', '004', [{ omitted: 'clonazepam-for-spasms' }]],
  ['vertebral compression fractures', '004', [{ warningSign: 'fracture-risk' }]],
  [
    '46% of people with vertebral fractures still have pain at a year',
    '004',
    [{ omitted: 'vertebral-fracture-pain-figure' }],
  ],
  [
    'see a doctor for severe or ongoing pain, numbness, or bladder or bowel problems',
    '004',
    [
      { warningSign: 'pain-severe-or-worsening' },
      { warningSign: 'one-leg-numbness-over-a-week' },
      { warningSign: 'bladder-leaking' },
    ],
  ],
];

const kb = loadKnowledgeBase(join(import.meta.dirname, '..', '..', 'data'));

function exists(where: Where): boolean {
  if ('remedy' in where) return kb.remedies.remedies.some((r) => r.id === where.remedy);
  if ('warningSign' in where) return kb.warningSigns.warningSigns.some((w) => w.id === where.warningSign);
  if ('learn' in where)
    return kb.learn.topics.some((t) => t.id === where.learn && t.sections.some((s) => s.heading === where.section));
  if ('recovery' in where) return kb.timelines.recovery.some((r) => r.id === where.recovery);
  if ('followUp' in where) return kb.timelines.followUp.some((f) => f.id === where.followUp);
  if ('thermal' in where) return kb.thermal.protocols.some((p) => p.id === where.thermal);
  return kb.omitted.omitted.some((o) => o.id === where.omitted);
}

describe('seed coverage', () => {
  it.each(SEED_FACTS)('%s (seed %s) lives in the knowledge base', (_fact, _seed, places) => {
    expect(places.length).toBeGreaterThan(0);
    for (const where of places) expect(exists(where), JSON.stringify(where)).toBe(true);
  });

  it('lists every omitted claim, under a seed it names', () => {
    for (const claim of kb.omitted.omitted) {
      const rows = SEED_FACTS.filter(([, , places]) => places.some((w) => 'omitted' in w && w.omitted === claim.id));
      expect(rows.length, claim.id).toBeGreaterThan(0);
      for (const [, seed] of rows) expect(claim.seeds, `${claim.id} from seed ${seed}`).toContain(seed);
    }
  });

  it('covers every learn topic and every seed', () => {
    const topics = new Set(
      SEED_FACTS.flatMap(([, , places]) => places.flatMap((w) => ('learn' in w ? [w.learn] : []))),
    );
    // Written from guidelines for groups of people the seed articles do not cover.
    const notFromSeeds = ['pregnancy', 'children'];
    expect([...topics, ...notFromSeeds].sort()).toEqual(kb.learn.topics.map((t) => t.id).sort());
    expect(new Set(SEED_FACTS.map(([, seed]) => seed))).toEqual(new Set(['000', '001', '002', '003', '004']));
  });
});
