#!/usr/bin/env python3
"""Regenerates samples/feeds/world-rss.xml (RSS 2.0) and samples/feeds/atom.xml (Atom 1.0).

The article prose below is original text written for the Annals sample corpus
(GPL-3.0-or-later). Outlet names are invented.
"""
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "feeds"


def paras(text):
    return "\n".join("<p>%s</p>" % p.strip() for p in text.strip().split("\n\n"))


# ---------------------------------------------------------------- RSS items
R1_TITLE = "Russia launches full-scale invasion of Ukraine; Zelensky declares martial law"
R1_LINK = "https://meridianwire.example/world/2022/02/24/russia-invades-ukraine"
R1_TEXT = """
Russian forces launched a full-scale invasion of Ukraine before dawn on Thursday, striking military sites across the country with missiles and sending troops and armour over the border from Russia, Belarus and Russian-annexed Crimea.

President Vladimir Putin announced what he called a special military operation in a televised address shortly before the first explosions were heard in Kyiv, Kharkiv and Odesa. He said its aim was to demilitarise Ukraine and warned that any country trying to interfere would face consequences it had never seen before.

Ukrainian President Volodymyr Zelensky declared martial law, said Kyiv was breaking off diplomatic relations with Moscow and promised weapons to any citizen ready to defend the country. Foreign Minister Dmytro Kuleba called the assault a full-scale invasion and urged the world to stop Putin.

By evening, Russian forces had taken control of the defunct Chernobyl nuclear power plant north of Kyiv after heavy fighting, a senior adviser to Zelensky said.

U.S. President Joe Biden condemned what he called an unprovoked and unjustified attack and announced new sanctions targeting Russia's largest banks and its access to advanced technology. NATO Secretary General Jens Stoltenberg said allies had activated the alliance's defence plans to reinforce its eastern flank, and European Union leaders gathered in Brussels for an emergency summit to agree further measures.

The Kremlin has for weeks denied any plan to attack its neighbour, despite a buildup of well over 100,000 troops along Ukraine's borders. Three days ago Putin recognised the independence of two Russian-backed separatist regions in eastern Ukraine.
"""
R1_TEASER = "Putin announces a special military operation; explosions reported in Kyiv, Kharkiv and Odesa."
R1_FOOTER = "<p>The post %s appeared first on Meridian Wire.</p>" % R1_TITLE

R2_TITLE = "UN General Assembly demands Russia withdraw from Ukraine in 141-5 vote"
R2_LINK = "https://meridianwire.example/world/2022/03/02/un-general-assembly-ukraine-vote"
R2_TEXT = """
The United Nations General Assembly on Wednesday overwhelmingly adopted a resolution demanding that Russia immediately stop using force against Ukraine and withdraw all of its troops, a vote that underscored Moscow's isolation a week after it launched its invasion.

The resolution was backed by 141 of the assembly's 193 members. Five voted against: Russia, Belarus, North Korea, Eritrea and Syria. Thirty-five countries abstained, among them China and India.

The text deplores in the strongest terms Russia's aggression against Ukraine and also condemns President Vladimir Putin's decision to raise the readiness of Russia's nuclear forces. General Assembly resolutions are not legally binding, but they carry political weight.

The vote ended a rare emergency special session, convened after Russia vetoed a similar draft resolution in the Security Council last Friday.

Secretary-General Antonio Guterres said the assembly's message was loud and clear and called for an immediate end to the fighting. U.S. Ambassador Linda Thomas-Greenfield told delegates that Russia's actions threatened the foundations of the world body.

Russia's ambassador, Vassily Nebenzia, said Western countries had put pressure on other states to support the text and argued that it would not end the conflict. Ukraine's ambassador, Sergiy Kyslytsya, called on members to show that they stood with the Ukrainian people.
"""
R2_FOOTER = "<p><em>Follow Meridian Wire on social media for live updates.</em></p>"

R3_TITLE = "Turkey lifts objection to Finland and Sweden joining NATO after Madrid deal"
R3_LINK = "https://meridianwire.example/world/2022/06/28/turkey-finland-sweden-nato-memorandum"
R3_TEXT = """
Turkey agreed on Tuesday to support Finland's and Sweden's applications to join NATO, dropping its objections after the three countries signed a memorandum at the start of the alliance's summit in Madrid.

The document was signed by the three foreign ministers in the presence of President Tayyip Erdogan, Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson, following talks mediated by NATO Secretary General Jens Stoltenberg.

Under the agreement, Finland and Sweden pledged not to support Kurdish militant groups that Ankara regards as terrorists, including the PKK, and to address pending Turkish requests for the deportation or extradition of terrorism suspects. They also agreed not to impose arms embargoes on Turkey. The Turkish presidency said Ankara had secured what it wanted.

Stoltenberg told reporters that NATO leaders would formally invite the two Nordic countries to become members on Wednesday, after which each of the alliance's 30 members must ratify their accession.

U.S. President Joe Biden welcomed the agreement. Allied leaders are also expected to adopt a new strategic concept naming Russia as the most significant and direct threat to their security.

Finland and Sweden, long militarily non-aligned, applied to join in May following Russia's invasion of Ukraine. Moscow has warned that it will take retaliatory steps if the alliance expands further.
"""

# Description of item 2: full text as escaped HTML. Item 3: full text in CDATA.
rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Meridian Wire</title>
<link>https://meridianwire.example/world</link>
<atom:link href="https://meridianwire.example/world/feed.xml" rel="self" type="application/rss+xml"/>
<description>World news from Meridian Wire</description>
<language>en</language>
<lastBuildDate>Tue, 28 Jun 2022 21:00:00 GMT</lastBuildDate>
<generator>https://wordpress.org/?v=5.9.3</generator>
<item>
<title>{t1}</title>
<link>{l1}</link>
<guid isPermaLink="true">{l1}</guid>
<pubDate>Thu, 24 Feb 2022 18:30:00 GMT</pubDate>
<dc:creator>Meridian Wire staff</dc:creator>
<category>Europe</category>
<description>{d1}</description>
<content:encoded><![CDATA[{c1}
{f1}]]></content:encoded>
</item>
<item>
<title>{t2}</title>
<link>{l2}</link>
<guid isPermaLink="true">{l2}</guid>
<pubDate>Wed, 02 Mar 2022 20:10:00 GMT</pubDate>
<category>United Nations</category>
<description>{d2}</description>
</item>
<item>
<title>{t3}</title>
<link>{l3}</link>
<guid isPermaLink="true">{l3}</guid>
<pubDate>Tue, 28 Jun 2022 20:40:00 +0200</pubDate>
<category>NATO</category>
<description><![CDATA[{d3}]]></description>
</item>
</channel>
</rss>
""".format(
    t1=escape(R1_TITLE), l1=R1_LINK, d1=escape(R1_TEASER), c1=paras(R1_TEXT), f1=R1_FOOTER,
    t2=escape(R2_TITLE), l2=R2_LINK, d2=escape(paras(R2_TEXT) + "\n" + R2_FOOTER),
    t3=escape(R3_TITLE), l3=R3_LINK, d3=paras(R3_TEXT),
)

# --------------------------------------------------------------- Atom entries
A1_TITLE = "U.S. strike on boat from Venezuela kills 11, Trump says"
A1_LINK = "https://northfield-daily.example/world/us-strike-caribbean-boat-venezuela"
A1_TEXT = """
The U.S. military struck a boat in the southern Caribbean on Tuesday that President Donald Trump said was carrying drugs from Venezuela, killing 11 people he described as members of the Tren de Aragua gang, in the first known use of force since Washington began sending warships to the region last month.

Trump first disclosed the operation to reporters in the Oval Office and later posted a short video on his social media platform showing a speedboat bursting into flames. He said the strike took place in international waters, that no American forces were harmed, and that the gang, which his administration has designated a foreign terrorist organization, operated under the control of Venezuelan President Nicolás Maduro.

Secretary of State Marco Rubio wrote on social media that the vessel had left Venezuela and was operated by a designated narco-terrorist organization. Speaking to reporters on his way to Mexico and Ecuador, he suggested that the boat was probably heading to Trinidad or another country in the Caribbean.

Maduro denies any links to drug trafficking and said on Monday that the U.S. naval deployment was the greatest threat the continent had faced in a century. Venezuela's communications minister, Freddy Ñáñez, suggested the video released by the White House might have been produced with artificial intelligence.

Some Democratic lawmakers and legal experts questioned the legal basis for using lethal military force against suspected smugglers without authorization from Congress.

Washington last month doubled its reward for information leading to Maduro's arrest to 50 million dollars.
"""
A1_FOOTER = "<p>Northfield Daily is on WhatsApp. Join our channel for breaking news alerts.</p>"

A2_TITLE = "Guyana and Venezuela agree not to use force in Essequibo dispute"
A2_LINK = "https://northfield-daily.example/world/guyana-venezuela-argyle-declaration"
A2_TEXT = """
Guyana and Venezuela pledged on Thursday not to threaten or use force against each other, easing weeks of tension over the oil-rich Essequibo region after their presidents met face to face in St. Vincent and the Grenadines.

Guyanese President Irfaan Ali and Venezuelan President Nicolás Maduro agreed to the Joint Declaration of Argyle after talks at the island's international airport. The meeting was facilitated by Ralph Gonsalves, prime minister of St. Vincent and the Grenadines and pro tempore president of the Community of Latin American and Caribbean States, and by Dominica's Prime Minister Roosevelt Skerrit, chairman of the Caribbean Community. Celso Amorim, an adviser to Brazilian President Luiz Inácio Lula da Silva, also took part, and United Nations officials attended as observers.

Under the declaration, the two governments agreed that any controversy between them would be resolved in line with international law, including the 1966 Geneva Agreement, and that they would refrain from escalating the dispute in word or deed. They will set up a joint commission of foreign ministers and technical experts, and the two presidents are to meet again in Brazil within three months.

The text records Guyana's position that the border controversy should be settled by the International Court of Justice, as well as Venezuela's refusal to recognize the court's jurisdiction.

Tensions rose after Venezuela held a referendum on Dec. 3 in which, according to official results, voters backed creating a Venezuelan state in the Essequibo, a territory that makes up about two-thirds of Guyana. Maduro then ordered state companies to grant licences to explore for oil and minerals in the area, and the United States held joint air exercises with Guyana's military.
"""
A2_FOOTER = "<p>More from the Northfield Daily Americas desk: sign up for our weekly newsletter.</p>"

atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Northfield Daily</title>
<subtitle>World and national news from Northfield Daily</subtitle>
<link href="https://northfield-daily.example/" rel="alternate" type="text/html"/>
<link href="https://northfield-daily.example/world/atom.xml" rel="self" type="application/atom+xml"/>
<id>tag:northfield-daily.example,2023:world</id>
<updated>2025-09-03T05:15:00Z</updated>
<author><name>Northfield Daily</name></author>
<entry>
<title type="text">{t1}</title>
<link href="{l1}" rel="alternate" type="text/html"/>
<id>tag:northfield-daily.example,2025-09-02:us-strike-caribbean-boat-venezuela</id>
<published>2025-09-02T21:40:00-04:00</published>
<updated>2025-09-03T05:15:00Z</updated>
<author><name>Rachel Brandt</name></author>
<summary type="text">Trump says the strike in the southern Caribbean targeted members of the Tren de Aragua gang.</summary>
<content type="html">{c1}</content>
</entry>
<entry>
<title type="text">{t2}</title>
<link href="{l2}" rel="alternate" type="text/html"/>
<id>tag:northfield-daily.example,2023-12-14:guyana-venezuela-argyle-declaration</id>
<published>2023-12-14T23:00:00-04:00</published>
<updated>2023-12-15T10:20:00Z</updated>
<author><name>Marcus Lee</name></author>
<content type="html">{c2}</content>
</entry>
</feed>
""".format(
    t1=escape(A1_TITLE), l1=A1_LINK, c1=escape(paras(A1_TEXT) + "\n" + A1_FOOTER),
    t2=escape(A2_TITLE), l2=A2_LINK, c2=escape(paras(A2_TEXT) + "\n" + A2_FOOTER),
)

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "world-rss.xml").write_text(rss, encoding="utf-8")
(OUT / "atom.xml").write_text(atom, encoding="utf-8")
print("wrote", OUT / "world-rss.xml", OUT / "atom.xml")
