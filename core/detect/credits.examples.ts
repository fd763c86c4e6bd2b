/**
 * Examples beside the credits detector: credit lines it must read (with the chain it must produce)
 * and text it must leave alone. Written by us in the shape of real credit lines; the quote and claim
 * detectors import `CREDIT_EXAMPLES` to prove they reject every credit.
 */
import type { BlockKind, ChainRole } from '../report';

/** A credit example: a block, the credit text inside it, and the expected chain as `role:name`. */
export type CreditExample = { block: string; kind: BlockKind; credit: string; chain: `${ChainRole}:${string}`[] };

/** Credit lines in every style we read. */
export const CREDIT_EXAMPLES: CreditExample[] = [
  { block: 'Xinhua News Agency | Xinhua News Agency | Getty Images', kind: 'paragraph', credit: 'Xinhua News Agency | Xinhua News Agency | Getty Images', chain: ['agency:Xinhua News Agency', 'distributor:Getty Images'] },
  { block: 'Alexei Nikolsky | TASS | Getty Images', kind: 'paragraph', credit: 'Alexei Nikolsky | TASS | Getty Images', chain: ['photographer:Alexei Nikolsky', 'agency:TASS', 'distributor:Getty Images'] },
  { block: 'Xinhua News Agency | Xinhua News Agency | Getty Images', kind: 'credit', credit: 'Xinhua News Agency | Xinhua News Agency | Getty Images', chain: ['agency:Xinhua News Agency', 'distributor:Getty Images'] },
  { block: 'Two ministers sign the accord in a hall of the old palace. Alexei Nikolsky | TASS | Getty Images', kind: 'caption', credit: 'Alexei Nikolsky | TASS | Getty Images', chain: ['photographer:Alexei Nikolsky', 'agency:TASS', 'distributor:Getty Images'] },
  { block: 'Marta Lindqvist | Bloomberg | Getty Images', kind: 'caption', credit: 'Marta Lindqvist | Bloomberg | Getty Images', chain: ['photographer:Marta Lindqvist', 'agency:Bloomberg', 'distributor:Getty Images'] },
  { block: 'Delegates leave the conference centre on Tuesday. Photo: Tomas Berg/Reuters', kind: 'caption', credit: 'Photo: Tomas Berg/Reuters', chain: ['photographer:Tomas Berg', 'agency:Reuters'] },
  { block: 'Photograph: Ana Ruiz/AFP via Getty Images', kind: 'caption', credit: 'Photograph: Ana Ruiz/AFP via Getty Images', chain: ['photographer:Ana Ruiz', 'agency:AFP', 'distributor:Getty Images'] },
  { block: 'A lorry waits at the border crossing. (AP Photo/Kemal Osman)', kind: 'caption', credit: 'AP Photo/Kemal Osman', chain: ['photographer:Kemal Osman', 'agency:AP'] },
  { block: 'Lena Fischer/AP', kind: 'credit', credit: 'Lena Fischer/AP', chain: ['photographer:Lena Fischer', 'agency:AP'] },
  { block: 'AFP via Getty Images', kind: 'credit', credit: 'AFP via Getty Images', chain: ['agency:AFP', 'distributor:Getty Images'] },
  { block: 'Getty Images for Fashion Week Council', kind: 'credit', credit: 'Getty Images for Fashion Week Council', chain: ['agency:Getty Images', 'publisher:Fashion Week Council'] },
  { block: 'Credit: Reuters', kind: 'paragraph', credit: 'Credit: Reuters', chain: ['agency:Reuters'] },
  { block: 'Image: Wikimedia Commons', kind: 'caption', credit: 'Image: Wikimedia Commons', chain: ['agency:Wikimedia Commons'] },
  { block: 'The new bridge at dusk. Picture: PA', kind: 'caption', credit: 'Picture: PA', chain: ['agency:PA'] },
  { block: 'The old mill before the fire. Courtesy of the Harlow Museum', kind: 'caption', credit: 'Courtesy of the Harlow Museum', chain: ['provider:the Harlow Museum'] },
  { block: 'Handout', kind: 'credit', credit: 'Handout', chain: ['provider:Handout'] },
  { block: 'Pool', kind: 'credit', credit: 'Pool', chain: ['provider:Pool'] },
  { block: '© 2019 Pieter Jansen', kind: 'credit', credit: '© 2019 Pieter Jansen', chain: ['photographer:Pieter Jansen'] },
  { block: 'EPA-EFE/Nora Salo', kind: 'caption', credit: 'EPA-EFE/Nora Salo', chain: ['photographer:Nora Salo', 'agency:EPA-EFE'] },
  { block: 'Nora Salo/EPA-EFE/Shutterstock', kind: 'caption', credit: 'Nora Salo/EPA-EFE/Shutterstock', chain: ['photographer:Nora Salo', 'agency:EPA-EFE', 'distributor:Shutterstock'] },
  { block: 'Owen Park for The New York Times', kind: 'credit', credit: 'Owen Park for The New York Times', chain: ['photographer:Owen Park', 'publisher:The New York Times'] },
  { block: 'The two presidents meet in the Kremlin. Sputnik/Ivan Petrov/Kremlin via Reuters', kind: 'caption', credit: 'Sputnik/Ivan Petrov/Kremlin via Reuters', chain: ['photographer:Ivan Petrov', 'agency:Sputnik', 'provider:Kremlin', 'distributor:Reuters'] },
  { block: 'SOPA Images/LightRocket via Getty Images', kind: 'credit', credit: 'SOPA Images/LightRocket via Getty Images', chain: ['agency:SOPA Images', 'agency:LightRocket', 'distributor:Getty Images'] },
  { block: 'Die Kanzlerin im Bundestag. Foto: Jonas Weber/dpa', kind: 'caption', credit: 'Foto: Jonas Weber/dpa', chain: ['photographer:Jonas Weber', 'agency:dpa'] },
  { block: 'Le président à Paris. Photo : AFP', kind: 'caption', credit: 'Photo : AFP', chain: ['agency:AFP'] },
  { block: 'El presidente en Madrid. Foto: EFE', kind: 'caption', credit: 'Foto: EFE', chain: ['agency:EFE'] },
  { block: 'Президент в Москве. Фото: ТАСС', kind: 'caption', credit: 'Фото: ТАСС', chain: ['agency:ТАСС'] },
  { block: 'Credit Dana Cole/The New York Times', kind: 'credit', credit: 'Credit Dana Cole/The New York Times', chain: ['photographer:Dana Cole', 'agency:The New York Times'] },
  { block: 'Protesters march through the capital. Handout via Reuters', kind: 'caption', credit: 'Handout via Reuters', chain: ['provider:Handout', 'distributor:Reuters'] },
  { block: 'STR/AFP/Getty Images', kind: 'caption', credit: 'STR/AFP/Getty Images', chain: ['photographer:STR', 'agency:AFP', 'distributor:Getty Images'] },
  { block: 'Image via Getty Images', kind: 'caption', credit: 'Image via Getty Images', chain: ['distributor:Getty Images'] },
  { block: 'Credit: Getty - Contributor', kind: 'credit', credit: 'Credit: Getty - Contributor', chain: ['photographer:Contributor', 'agency:Getty'] },
  { block: 'Photo: Mara K.L. Osei, AP', kind: 'credit', credit: 'Photo: Mara K.L. Osei, AP', chain: ['photographer:Mara K.L. Osei', 'agency:AP'] },
  { block: 'Volunteers sort donations in the church hall on Monday. (Rita Lund/The Valley Courier via AP)', kind: 'caption', credit: 'Rita Lund/The Valley Courier via AP', chain: ['photographer:Rita Lund', 'agency:The Valley Courier', 'distributor:AP'] },
  { block: 'Fishing boats return to the harbour at dawn. Omar HADDAD / AFP', kind: 'caption', credit: 'Omar HADDAD / AFP', chain: ['photographer:Omar HADDAD', 'agency:AFP'] },
  { block: 'Tomas Berg Submitted photo', kind: 'caption', credit: 'Submitted photo', chain: ['provider:Submitted photo'] },
  { block: 'Two actors at a premiere. (Photos by Ann Vik, left, and Per Moe/Invision/AP)', kind: 'caption', credit: 'Photos by Ann Vik, left, and Per Moe/Invision/AP', chain: ['photographer:Ann Vik', 'photographer:Per Moe', 'agency:Invision', 'agency:AP'] },
  { block: 'A cyclist passes a closed factory on the edge of town. © Reuters / Ivan Sokol', kind: 'other', credit: '© Reuters / Ivan Sokol', chain: ['photographer:Ivan Sokol', 'agency:Reuters'] },
  { block: 'Image copyright Getty Images', kind: 'credit', credit: 'Image copyright Getty Images', chain: ['agency:Getty Images'] },
  { block: 'The river after the flood. [File: Reuters]', kind: 'caption', credit: 'File: Reuters', chain: ['agency:Reuters'] },
  { block: 'The new terminal opens next spring.Lena Holm/Getty', kind: 'paragraph', credit: 'Lena Holm/Getty', chain: ['photographer:Lena Holm', 'agency:Getty'] },
  { block: 'A map of the region. (examplemaps.org)', kind: 'caption', credit: 'examplemaps.org', chain: ['agency:examplemaps.org'] },
  { block: 'The pavilion at night, installation views, photos © Studio Arden, 2018', kind: 'paragraph', credit: '© Studio Arden, 2018', chain: ['agency:Studio Arden'] },
  { block: '© Ada Moss Nurses prepare vaccines at a clinic in the capital.', kind: 'caption', credit: '© Ada Moss', chain: ['photographer:Ada Moss'] },
  { block: 'Photo illustration by Vantage. Photo by Ben Ode.', kind: 'credit', credit: 'Photo illustration by Vantage. Photo by Ben Ode', chain: ['photographer:Ben Ode', 'agency:Vantage'] },
  { block: 'A lander on the dunes. Studio Kettle for Orbit Magazine', kind: 'caption', credit: 'Studio Kettle for Orbit Magazine', chain: ['agency:Studio Kettle', 'publisher:Orbit Magazine'] },
  { block: 'Photo by Noor Aziz on Unsplash', kind: 'caption', credit: 'Photo by Noor Aziz on Unsplash', chain: ['photographer:Noor Aziz', 'distributor:Unsplash'] },
  // Label glued to the name by the page's markup: the label vouches, it never vetoes.
  { block: 'Crowds gather downtown.CreditJane Roe/The Daily Planet', kind: 'caption', credit: 'CreditJane Roe/The Daily Planet', chain: ['photographer:Jane Roe', 'agency:The Daily Planet'] },
  { block: 'The quay at low tide.PhotoOla Brekke/Reuters', kind: 'caption', credit: 'PhotoOla Brekke/Reuters', chain: ['photographer:Ola Brekke', 'agency:Reuters'] },
  { block: 'Der Hafen im Nebel.FotoJens Mahler/dpa', kind: 'caption', credit: 'FotoJens Mahler/dpa', chain: ['photographer:Jens Mahler', 'agency:dpa'] },
  // The label sets the role: a maker's label before a handle names the photographer.
  { block: 'A swan on the canal. (Image: @canalwatcher)', kind: 'caption', credit: 'Image: @canalwatcher', chain: ['photographer:@canalwatcher'] },
  { block: 'The mural by the station. (Artist: @brushfox)', kind: 'caption', credit: 'Artist: @brushfox', chain: ['photographer:@brushfox'] },
  { block: 'Map: @routesdaily', kind: 'credit', credit: 'Map: @routesdaily', chain: ['photographer:@routesdaily'] },
  // Institutions by their own words are organisations, not people (de/fr/es).
  { block: 'Fotos: Freiwillige Feuerwehr Nordtal', kind: 'caption', credit: 'Fotos: Freiwillige Feuerwehr Nordtal', chain: ['agency:Freiwillige Feuerwehr Nordtal'] },
  { block: 'Le marché couvert. Photo : Mairie de Valbonne', kind: 'caption', credit: 'Photo : Mairie de Valbonne', chain: ['agency:Mairie de Valbonne'] },
  { block: 'La plaza mayor. Foto: Ayuntamiento de Olmedo', kind: 'caption', credit: 'Foto: Ayuntamiento de Olmedo', chain: ['agency:Ayuntamiento de Olmedo'] },
  // Notes about the picture (archive, symbol picture, copyright mark) are not links of the chain.
  { block: 'Foto: Jens Mahler/dpa/Archivbild', kind: 'caption', credit: 'Foto: Jens Mahler/dpa/Archivbild', chain: ['photographer:Jens Mahler', 'agency:dpa'] },
  { block: 'Foto: Karin Wulff (Copyright)', kind: 'caption', credit: 'Foto: Karin Wulff (Copyright)', chain: ['photographer:Karin Wulff'] },
  { block: 'Bild: Symbolbild/Pixabay', kind: 'caption', credit: 'Bild: Symbolbild/Pixabay', chain: ['agency:Pixabay'] },
  // Inside a caption, a final parenthesis holding a person's name is the photographer.
  { block: 'La alcaldesa anuncia su renuncia ante la prensa. (Marta Ibarra Solís)', kind: 'caption', credit: 'Marta Ibarra Solís', chain: ['photographer:Marta Ibarra Solís'] },
  { block: 'Farmers bring the harvest in before the rain. (Tomas Ekberg)', kind: 'caption', credit: 'Tomas Ekberg', chain: ['photographer:Tomas Ekberg'] },
  { block: 'Children on the first day of school. (Anna-Lena Vogt)', kind: 'caption', credit: 'Anna-Lena Vogt', chain: ['photographer:Anna-Lena Vogt'] },
  // `Org / Surname` after a label or in a credit element: the lone surname is the photographer.
  { block: 'DCV / Oppitz', kind: 'credit', credit: 'DCV / Oppitz', chain: ['photographer:Oppitz', 'agency:DCV'] },
  { block: 'Foto: Polizei Nordtal / Keller', kind: 'caption', credit: 'Foto: Polizei Nordtal / Keller', chain: ['photographer:Keller', 'agency:Polizei Nordtal'] },
  { block: 'Bild: dpa / Brandt', kind: 'caption', credit: 'Bild: dpa / Brandt', chain: ['photographer:Brandt', 'agency:dpa'] },
  // A maker word without a colon vouches for a person or a known organisation after it (de/en/ru).
  { block: 'Bild Petra Imhof', kind: 'credit', credit: 'Bild Petra Imhof', chain: ['photographer:Petra Imhof'] },
  { block: 'Der neue Vorstand nach der Wahl. Foto Ruedi Kern', kind: 'caption', credit: 'Foto Ruedi Kern', chain: ['photographer:Ruedi Kern'] },
  { block: 'Photo Luc Bray/AFP', kind: 'credit', credit: 'Photo Luc Bray/AFP', chain: ['photographer:Luc Bray', 'agency:AFP'] },
  { block: 'Фото Анна Белова', kind: 'credit', credit: 'Фото Анна Белова', chain: ['photographer:Анна Белова'] },
  // A label after a label is one label (`Quelle: Foto …`).
  { block: '(Quelle: Foto Jana Ring)', kind: 'credit', credit: 'Quelle: Foto Jana Ring', chain: ['photographer:Jana Ring'] },
  { block: 'Source: Photo by Ian Ford', kind: 'caption', credit: 'Source: Photo by Ian Ford', chain: ['photographer:Ian Ford'] },
  { block: 'Fuente: Foto: Ana Gil/EFE', kind: 'caption', credit: 'Fuente: Foto: Ana Gil/EFE', chain: ['photographer:Ana Gil', 'agency:EFE'] },
  // What the picture is (drawings, plans, renderings) before the copyright sign belongs to the credit.
  { block: 'Zeichnungen © Marlene Hofer', kind: 'caption', credit: 'Zeichnungen © Marlene Hofer', chain: ['photographer:Marlene Hofer'] },
  { block: 'Der Neubau von Süden. Visualisierung © Lukas Brandt', kind: 'caption', credit: 'Visualisierung © Lukas Brandt', chain: ['photographer:Lukas Brandt'] },
  { block: 'La façade sur la rue. Dessins © Claire Morel', kind: 'caption', credit: 'Dessins © Claire Morel', chain: ['photographer:Claire Morel'] },
  // A platform named with `on` in any language distributes the picture.
  { block: '© Priya Naidu auf Unsplash', kind: 'credit', credit: '© Priya Naidu auf Unsplash', chain: ['photographer:Priya Naidu', 'distributor:Unsplash'] },
  { block: 'Photo de Luc Bray sur Unsplash', kind: 'caption', credit: 'Photo de Luc Bray sur Unsplash', chain: ['photographer:Luc Bray', 'distributor:Unsplash'] },
  { block: 'Foto de Ana Gil en Pexels', kind: 'caption', credit: 'Foto de Ana Gil en Pexels', chain: ['photographer:Ana Gil', 'distributor:Pexels'] },
  // A screenshot's source is the provider (de/fr/es).
  { block: 'Bild: Screenshot YouTube-Kanal Bergwelt', kind: 'caption', credit: 'Bild: Screenshot YouTube-Kanal Bergwelt', chain: ['provider:YouTube-Kanal Bergwelt'] },
  { block: 'Photo : capture d’écran France 2', kind: 'caption', credit: 'Photo : capture d’écran France 2', chain: ['provider:France 2'] },
  { block: 'Foto: captura de pantalla de Canal Sur', kind: 'caption', credit: 'Foto: captura de pantalla de Canal Sur', chain: ['provider:Canal Sur'] },
  // A social platform alone in a credit element, or after a label, is the provider.
  { block: 'Instagram', kind: 'credit', credit: 'Instagram', chain: ['provider:Instagram'] },
  { block: 'Foto: Facebook', kind: 'caption', credit: 'Foto: Facebook', chain: ['provider:Facebook'] },
  { block: 'Фото: Telegram', kind: 'caption', credit: 'Фото: Telegram', chain: ['provider:Telegram'] },
  { block: 'Foto: Polizei Nordtal/Facebook', kind: 'caption', credit: 'Foto: Polizei Nordtal/Facebook', chain: ['agency:Polizei Nordtal', 'provider:Facebook'] },
  // A description that ends its sentence before a `|` is not a link of the chain.
  { block: 'The senator leaves the chamber. | Ivo Sand/Reuters', kind: 'credit', credit: 'Ivo Sand/Reuters', chain: ['photographer:Ivo Sand', 'agency:Reuters'] },
  { block: 'Le maire au marché. | Luc Bray/AFP', kind: 'caption', credit: 'Luc Bray/AFP', chain: ['photographer:Luc Bray', 'agency:AFP'] },
  { block: 'El alcalde en la feria. | Ana Gil/EFE', kind: 'caption', credit: 'Ana Gil/EFE', chain: ['photographer:Ana Gil', 'agency:EFE'] },
  // After a label, a lower-case brand before an organisation word is a name.
  { block: '© dtv Verlag', kind: 'credit', credit: '© dtv Verlag', chain: ['agency:dtv Verlag'] },
  { block: 'Foto: ndr Archiv', kind: 'caption', credit: 'Foto: ndr Archiv', chain: ['agency:ndr Archiv'] },
  { block: 'Bild: rbb Presse', kind: 'caption', credit: 'Bild: rbb Presse', chain: ['agency:rbb Presse'] },
  // German compounds ending in an organisation word are organisations (`-verband`, `-verein`, `-amt`).
  { block: 'Die Reiter beim Turnier. (© Reitverband Nordtal/Jonas Feld)', kind: 'caption', credit: '© Reitverband Nordtal/Jonas Feld', chain: ['photographer:Jonas Feld', 'agency:Reitverband Nordtal'] },
  { block: 'Foto: Heimatverein Talheim', kind: 'caption', credit: 'Foto: Heimatverein Talheim', chain: ['agency:Heimatverein Talheim'] },
  { block: 'Bild: Landratsamt Oberdorf / Keller', kind: 'caption', credit: 'Bild: Landratsamt Oberdorf / Keller', chain: ['photographer:Keller', 'agency:Landratsamt Oberdorf'] },
  // An acronym beside a word is an organisation (a branch or a region's office), not a person.
  { block: 'Photograph by WWF Kenya', kind: 'credit', credit: 'Photograph by WWF Kenya', chain: ['agency:WWF Kenya'] },
  { block: 'Foto: ADAC Nordbayern', kind: 'caption', credit: 'Foto: ADAC Nordbayern', chain: ['agency:ADAC Nordbayern'] },
  { block: 'La gare rénovée. Photo : SNCF Réseau', kind: 'caption', credit: 'Photo : SNCF Réseau', chain: ['agency:SNCF Réseau'] },
  // One word joined by `&` to an organisation's name is one name.
  { block: 'Photograph by Ida Holm, Fauna & Flora Society', kind: 'credit', credit: 'Photograph by Ida Holm, Fauna & Flora Society', chain: ['photographer:Ida Holm', 'agency:Fauna & Flora Society'] },
  { block: 'Photo: Harper & Vance Studios', kind: 'caption', credit: 'Photo: Harper & Vance Studios', chain: ['agency:Harper & Vance Studios'] },
  { block: 'Foto: Berg & Tal Verlag', kind: 'caption', credit: 'Foto: Berg & Tal Verlag', chain: ['agency:Berg & Tal Verlag'] },
  // Provider words: the maker, the press office, "droits réservés", a private picture (de/fr/pt/en).
  { block: 'Das neue Modell auf der Messe. Foto: Hersteller', kind: 'caption', credit: 'Foto: Hersteller', chain: ['provider:Hersteller'] },
  { block: 'Bild: Pressestelle', kind: 'caption', credit: 'Bild: Pressestelle', chain: ['provider:Pressestelle'] },
  { block: 'La nouvelle voiture au salon. Photo : DR', kind: 'caption', credit: 'Photo : DR', chain: ['provider:DR'] },
  { block: 'Foto: Divulgação', kind: 'caption', credit: 'Foto: Divulgação', chain: ['provider:Divulgação'] },
  { block: 'Image: Manufacturer', kind: 'caption', credit: 'Image: Manufacturer', chain: ['provider:Manufacturer'] },
];

/** Text that is not a credit, whatever block it sits in. */
export const NOT_CREDIT_EXAMPLES: { block: string; kind: BlockKind }[] = [
  { block: 'By Jane Doe', kind: 'paragraph' },
  { block: 'By Jane Doe', kind: 'credit' },
  { block: 'Read more', kind: 'paragraph' },
  { block: 'Read more', kind: 'credit' },
  { block: 'Share', kind: 'credit' },
  { block: 'Tweet', kind: 'credit' },
  { block: '© 2019 Example Media. All rights reserved.', kind: 'paragraph' },
  { block: '© 2019 Example Media. All rights reserved.', kind: 'credit' },
  { block: 'Reuters reported that the talks had stalled late on Friday.', kind: 'paragraph' },
  { block: 'The ministry told AFP that no decision had been taken.', kind: 'paragraph' },
  { block: 'Officials spoke to The Associated Press on condition of anonymity.', kind: 'caption' },
  { block: 'A photo of the rover taken on the far side of the moon.', kind: 'caption' },
  { block: 'Getty Images and Shutterstock both sell pictures of the event, analysts said.', kind: 'paragraph' },
  { block: 'Copyright law in the union is being rewritten this year.', kind: 'paragraph' },
  { block: 'Sign up for our newsletter', kind: 'paragraph' },
  { block: 'By Jane Doe | Example Media for Example.com', kind: 'other' },
  { block: 'Jane Doe and John Roe, Associated Press', kind: 'other' },
  { block: 'Reuters, Washington, Nov 20 2019', kind: 'other' },
  { block: 'Reuters', kind: 'other' },
  { block: 'Why rivers change course, and what it costs [Bloomberg]', kind: 'paragraph' },
  { block: '© Reuters', kind: 'paragraph' },
  { block: '© 2019 Example Media', kind: 'credit' },
  { block: 'Cheap Flights for Families Available Now – Members Get Discounts', kind: 'paragraph' },
  { block: 'Image: The minister waves to supporters outside parliament', kind: 'caption' },
  { block: 'Photos: Europa, Mysterious Icy Moon of Jupiter', kind: 'list' },
  { block: 'Videos', kind: 'credit' },
  { block: 'Image caption The minister arrives for talks', kind: 'caption' },
  { block: 'The minister meets the mayor (left) in the town hall.', kind: 'caption' },
  { block: 'The minister speaks to reporters (Jane Roe) outside.', kind: 'paragraph' },
  { block: 'The minister thanked the crowd (Jane Roe and John Doe, right).', kind: 'caption' },
  // Media metadata: a web address in a video or audio teaser is no credit.
  { block: 'Video 01:45 Min. |03.11.21 |mediathek.Nordfunk.de', kind: 'caption' },
  { block: 'Audio 03:12 Min. |04.05.21 |radio.Westwelle.de', kind: 'caption' },
  { block: 'Podcast |12.03.22 |audio.Elbwelle.de', kind: 'caption' },
  // A maker word without a colon vouches for no ordinary caption words.
  { block: 'Foto Kinder spielen im Park', kind: 'caption' },
  { block: 'Bilder Sommerfest im Garten', kind: 'caption' },
  { block: 'Facebook', kind: 'paragraph' },
];
