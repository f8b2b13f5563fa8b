#!/usr/bin/env python3
"""Regenerates samples/jsonl/articles.jsonl (one JSON object per line)."""
import json
from pathlib import Path
recs = []

recs.append({
 "url": "https://gulflevant-review.example/2023/03/10/saudi-arabia-iran-restore-ties-china",
 "title": "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
 "published": "2023-03-10",
 "outlet": "Gulf & Levant Review",
 "text": """Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal brokered by China that ends a seven-year rupture between the two rival Gulf powers.

The agreement was announced in a joint statement issued in Beijing by the three countries after four days of talks hosted by Wang Yi, China's most senior foreign policy official. It was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Musaed bin Mohammed al-Aiban, Saudi Arabia's national security adviser.

In the statement, Riyadh and Tehran pledged to respect each other's sovereignty and not to interfere in each other's internal affairs. They also agreed to revive a security cooperation agreement signed in 2001 and an earlier accord on trade, investment and technology, and said their foreign ministers would meet to arrange the return of ambassadors.

Follow Gulf & Levant Review on Telegram for breaking news.

Saudi Arabia cut ties with Iran in 2016 after protesters stormed its embassy in Tehran and a consulate in Mashhad following the kingdom's execution of a prominent Shiite cleric, Nimr al-Nimr. The two countries have since backed opposing sides in several regional conflicts, including the war in Yemen.

Wang hailed the outcome as a victory for dialogue and peace and said China would continue to play a constructive role in handling difficult issues in the world. Iraq and Oman had hosted earlier rounds of talks between Saudi and Iranian officials in 2021 and 2022.

In Washington, White House national security spokesman John Kirby said the United States welcomed any effort to help end the war in Yemen and ease tensions in the Middle East, and said Saudi officials had kept Washington informed about the talks. A spokesman for U.N. Secretary-General Antonio Guterres said the organisation welcomed the announcement and thanked China, Iraq and Oman for facilitating the dialogue."""
})

recs.append({
 "url": "https://sahel-monitor.example/en/niger-junta-ecowas-deadline",
 "title": "Niger junta defiant as ECOWAS deadline to restore Bazoum runs out",
 "published": "2023-08-06T09:00:00+01:00",
 "outlet": "Sahel Monitor",
 "text": """NIAMEY – The military officers who seized power in Niger showed no sign on Sunday of bowing to a West African ultimatum to reinstate President Mohamed Bazoum, with the deadline set by the Economic Community of West African States due to expire at the end of the day.

At an emergency summit in Abuja on July 30, ECOWAS leaders gave the junta one week to restore constitutional order and warned that they could take all necessary measures, including the use of force. They also closed borders with Niger, suspended commercial and financial transactions with the country and froze its assets held at the regional central bank. Nigeria, whose President Bola Tinubu chairs the bloc, has since cut electricity exports to its neighbour.

Photo: Aminata Diallo/Sahel Monitor

The bloc's defence chiefs, who met in Abuja this week, said on Friday that they had worked out the elements of a possible military intervention, including the resources required and how and when troops would be deployed, while stressing that diplomacy remained the preferred option. On Saturday, Nigeria's Senate urged Tinubu to give more weight to political and diplomatic means, reflecting unease at home about sending soldiers across the border.

The military governments of Mali and Burkina Faso have warned that any intervention in Niger would be treated as a declaration of war against them.

General Abdourahamane Tiani, the former commander of the presidential guard who proclaimed himself head of the National Council for the Safeguard of the Homeland, has rejected the sanctions as illegal and inhumane and said Niger would not give in to threats.

Bazoum, held at his residence in Niamey since July 26, wrote in an opinion article published in The Washington Post this week that he was being held hostage and appealed to the United States and the wider international community to help restore constitutional order. France, the former colonial power, which has about 1,500 troops in Niger, has said it supports the efforts of ECOWAS.

Subscribe to the Sahel Monitor morning briefing to receive our reporting by email."""
})

recs.append({
 "url": "https://caribbean-dispatch.example/news/2022/02/maduro-borisov-military-cooperation",
 "title": "Maduro hails 'powerful military cooperation' with Russia after Borisov visit",
 "published": "2022-02-17T14:05:00Z",
 "outlet": "Caribbean Dispatch",
 "html": """<div class="entry-content">
<p>Venezuelan President Nicol&aacute;s Maduro said on Wednesday that his government and Russia had agreed to deepen what he called powerful military cooperation, after talks in Caracas with Russian Deputy Prime Minister Yuri Borisov as tensions between Moscow and the West over Ukraine mounted.</p>
<p>Speaking at the Miraflores presidential palace after the meeting, Maduro said the two sides had reviewed their cooperation in trade, energy, finance, health, education and defence. He said he had instructed Defence Minister Vladimir Padrino L&oacute;pez to pursue closer military ties with Russia, and that Venezuela stood with Moscow against threats from NATO.</p>
<p>Borisov, who oversees Russia&rsquo;s defence industry, also met Oil Minister Tareck El Aissami and described Venezuela as Russia&rsquo;s strategic partner in Latin America, promising continued support for the country&rsquo;s oil sector. Vice President Delcy Rodr&iacute;guez took part in the talks.</p>
<p>Venezuelan state television said the Russian delegation would travel on to Nicaragua and Cuba, both close allies of Moscow.</p>
<p>The visit coincided with a trip to Moscow by Brazilian President Jair Bolsonaro and came about two weeks after Argentine President Alberto Fern&aacute;ndez met President Vladimir Putin in the Russian capital. In January, Russian Deputy Foreign Minister Sergei Ryabkov declined to rule out a Russian military deployment to Venezuela or Cuba if tensions with the United States continued to rise.</p>
<p>Neighbouring Colombia, a close U.S. ally, has voiced concern. Its defence minister, Diego Molano, said earlier this month that Russia and Iran were providing military assistance to Venezuelan forces near the border, an accusation Caracas rejected.</p>
<div class="share-buttons"><a class="share-facebook" href="#">Share on Facebook</a> <a class="share-twitter" href="#">Share on Twitter</a> <a class="share-email" href="#">Email this story</a></div>
</div>"""
})

recs.append({
 "url": "https://caribbean-dispatch.example/news/2024/07/venezuela-election-maduro-declared-winner",
 "title": "Venezuela's electoral council declares Maduro winner as opposition claims victory",
 "published": "2024-07-29T18:20:00Z",
 "outlet": "Caribbean Dispatch",
 "text": """Venezuela's National Electoral Council on Monday proclaimed President Nicolás Maduro the winner of Sunday's presidential election, as the opposition insisted its candidate Edmundo González had won by a wide margin and a growing number of governments across the Americas questioned the result.

The council's president, Elvis Amoroso, announced shortly after midnight that Maduro had received 51.2 percent of the vote against 44.2 percent for González, with 80 percent of ballots counted. The council did not publish results broken down by polling station.

Opposition leader María Corina Machado, who was barred from running and campaigned for González, told reporters the opposition's own count of tally sheets showed González had won about 70 percent of the vote. "Venezuela has a new president-elect," she said.

U.S. Secretary of State Antony Blinken said Washington had serious concerns that the announced result did not reflect the will or the votes of the Venezuelan people. Nine Latin American governments, including Argentina, Panama, Peru and Uruguay, called for a full review of the results in the presence of independent observers.

Venezuela's Foreign Ministry responded by ordering the withdrawal of its diplomatic staff from seven Latin American countries: Argentina, Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay. Foreign Minister Yván Gil accused them of interfering in Venezuela's internal affairs.

Russia, China and Cuba congratulated Maduro, while Brazil and Colombia, whose leftist governments have cultivated ties with Caracas, called for the publication of detailed voting data before taking a position.

Protests broke out in several working-class districts of Caracas on Monday, and security forces fired tear gas to disperse demonstrators.

Sign up for our Americas newsletter."""
})

recs.append({
 "url": "https://cronica-andina.example/colombia/2021/05/04/renuncia-carrasquilla-paro-nacional",
 "title": "Renuncia el ministro de Hacienda de Colombia tras el retiro de la reforma tributaria",
 "published": "2021-05-04T07:30:00-05:00",
 "outlet": "Crónica Andina",
 "text": """El ministro de Hacienda de Colombia, Alberto Carrasquilla, presentó su renuncia el lunes, un día después de que el presidente Iván Duque retirara del Congreso el proyecto de reforma tributaria que desató casi una semana de protestas en todo el país.

Duque aceptó la dimisión y designó en el cargo a José Manuel Restrepo, hasta ahora ministro de Comercio, Industria y Turismo. En una carta, Carrasquilla afirmó que su permanencia en el Gobierno dificultaría alcanzar con rapidez los consensos necesarios para presentar una nueva propuesta.

La reforma, que el Ejecutivo defendía como indispensable para financiar los programas sociales creados durante la pandemia y estabilizar las finanzas públicas, preveía ampliar el cobro del IVA y aumentar el número de personas obligadas a declarar renta. Sindicatos, estudiantes y organizaciones indígenas convocaron un paro nacional que comenzó el 28 de abril y que se ha extendido a las principales ciudades.

Las movilizaciones continuaron pese al retiro del proyecto. En Cali, epicentro de las protestas, se registraron enfrentamientos durante la noche del lunes, y organizaciones de derechos humanos denunciaron el uso de armas de fuego por parte de la policía.

La Oficina de Derechos Humanos de las Naciones Unidas se declaró profundamente alarmada por los hechos ocurridos en Cali y pidió calma, así como una investigación rápida e independiente sobre las denuncias de uso excesivo de la fuerza.

El presidente Duque anunció la apertura de un espacio de diálogo con distintos sectores de la sociedad y defendió la actuación de la fuerza pública frente a lo que calificó como actos de vandalismo. El Comité Nacional del Paro convocó a una nueva jornada de movilización para el miércoles.

Compartir en Facebook | Twitter | WhatsApp"""
})

OUT = Path(__file__).resolve().parent.parent / 'jsonl' / 'articles.jsonl'
with open(OUT, 'w', encoding='utf-8') as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(recs))
