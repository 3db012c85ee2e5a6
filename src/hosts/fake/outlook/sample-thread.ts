// A fictional email thread as Outlook would give it through body.getAsync("html"): Word-style
// paragraphs, entities, mailto: links, a signature and the earlier message quoted below a border.
// Same story as samples/email.txt. Every name, number and address is invented (Ofcom drama numbers,
// example.org addresses).
import type { CaseProfile } from "../../../engine/types";
import type { EmailAddressDetails } from "../../outlook/office-types";

export const SAMPLE_SUBJECT = "RE: Maisie O - LAC review 28/10 and contact arrangements";

export const SAMPLE_FROM: EmailAddressDetails = { displayName: "Declan Foyle", emailAddress: "declan.foyle@example.org" };
export const SAMPLE_TO: EmailAddressDetails[] = [{ displayName: "Nasreen Qureshi", emailAddress: "nasreen.qureshi@example.org" }];
export const SAMPLE_CC: EmailAddressDetails[] = [{ displayName: "Moorfield Academy DSL", emailAddress: "safeguarding@moorfield.example.org" }];
export const SAMPLE_DATE = new Date(Date.UTC(2025, 9, 21, 9, 14));

export const SAMPLE_CASE: CaseProfile = {
  subject: { name: "Maisie Oyelaran", aliases: ["Maisie", "Mais"], pronouns: "she/her" },
  otherChildren: ["Tobias Oyelaran"],
  adults: ["Donna Oyelaran", "Declan Foyle", "Nasreen Qureshi"],
};

export const SAMPLE_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Hi Nasreen,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks for sending the agenda. A few updates before the review:<o:p></o:p></p>
<ul style="margin-top:0cm">
<li class="MsoListParagraph"><b>Contact:</b> Tobias (9) can now come on the first and third Saturday of the month. His dad, Mr&nbsp;Eze, is happy to bring him himself, so we will not need the taxi.</li>
<li class="MsoListParagraph"><b>Respite:</b> I have asked for a different carer. Maisie was clear she does not want to go back after what happened with Olamide.</li>
<li class="MsoListParagraph"><b>School:</b> the school says Maisie was <span style="color:#C00000">putting herself at risk</span> by leaving at lunchtime with <i>Sienna Marchetti</i>, a Year&nbsp;10 girl, on two days last week.</li>
<li class="MsoListParagraph"><b>Mum:</b> Ms Oyelaran says she will attend this time. Finance need her NI number (QQ&nbsp;12&nbsp;34&nbsp;56&nbsp;C) to pay her travel costs.</li>
</ul>
<p class="MsoNormal">Mum refused to engage with the parenting worker again last week, so I would like a short conversation with her before the review starts rather than in front of Maisie.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Declan Foyle<br>Social Worker, Children Looked After Team<br>Tel: 01632&nbsp;960275<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Nasreen Qureshi &lt;<a href="mailto:nasreen.qureshi@example.org">nasreen.qureshi@example.org</a>&gt;<br>
<b>Sent:</b> 20 October 2025 16:52<br>
<b>To:</b> Declan Foyle &lt;<a href="mailto:declan.foyle@example.org">declan.foyle@example.org</a>&gt;<br>
<b>Subject:</b> Maisie O - LAC review 28/10<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Declan,<o:p></o:p></p>
<p class="MsoNormal">Agenda attached. Can you confirm whether contact with Tobias is staying fortnightly, and whether Maisie wants to chair part of the meeting herself? Her friend Kayden Birch (11) asked to come too &ndash; his mum&rsquo;s number is <a href="tel:07700900733">07700&nbsp;900733</a>.<o:p></o:p></p>
<p class="MsoNormal">Thanks,<br>Nasreen<br>Independent Reviewing Officer<o:p></o:p></p>
</div>
</body></html>`;

/** A reply thread of about `words` words: the sample's messages repeated as earlier quoted replies. */
export function longThread(words: number): string {
  const body = SAMPLE_HTML.slice(SAMPLE_HTML.indexOf('<div class="WordSection1">'), SAMPLE_HTML.lastIndexOf("</body>"));
  const perCopy = 220;
  const copies = Math.max(1, Math.ceil(words / perCopy));
  const head = SAMPLE_HTML.slice(0, SAMPLE_HTML.indexOf('<div class="WordSection1">'));
  return head + Array.from({ length: copies }, () => body).join("\n") + "</body></html>";
}

/**
 * The sample thread as a desktop Outlook quotes a sender with no display name: "From: a@b.org [mailto:a@b.org]",
 * the same address twice on one line (two real places, to be said once).
 */
export function sampleWithBareFrom(): string {
  const from = 'Nasreen Qureshi &lt;<a href="mailto:nasreen.qureshi@example.org">nasreen.qureshi@example.org</a>&gt;';
  if (!SAMPLE_HTML.includes(from)) throw new Error("the sample's From line changed");
  return SAMPLE_HTML.replace(from, "nasreen.qureshi@example.org [mailto:nasreen.qureshi@example.org]");
}
