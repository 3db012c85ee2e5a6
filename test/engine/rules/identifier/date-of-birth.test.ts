import { dateOfBirth } from "../../../../src/engine/rules/identifier/date-of-birth";
import { detectIdentifiers } from "../../../../src/engine/rules/identifier/detect";
import { tableTest } from "./run-rule";

tableTest(
  dateOfBirth,
  [
    "Child: Jack Doherty   DOB: {{pid|02/12/2012}}\nDate: 11/06/2025",
    "D.O.B. {{pid|3/11/14}}",
    "Date of birth: {{pid|4 February 2017}}",
    "Re: Hope Mensah (born {{pid|14/06/2015}})",
    // FORMAT.md Ruling 1: a chronology row that records a birth gives that person's date of birth.
    "{{pid|17/02/2022}}: Ella-Rose born at North Hospital.",
    "Date | Event | Source\n{{pid|14/08/2007}} | Brother Fahim born (now 18). | Health",
    "{{pid|03/09/2024}} – Midwifery – Ezra born at 37 weeks.",
    "AND IN THE MATTER OF JORDAN WRIGHT (born {{pid|05/03/2012}})",
    "Ivy was born on {{pid|4th February 2017}} at home.",
    "Aarav (b. {{pid|04.02.2017}}) is settled.",
    "She was born at Northam General Hospital on {{pid|2 Jan 2020}}.",
    "Date of birth:\n{{pid|03/11/2009}}",
    // One name with a date in brackets years before the record's own date: a birth, not an event.
    "Date: 03/03/2025\nChloe Sayer ({{pid|12/03/2011}}) lives with her mother.",
    "Visit on 3 March 2025. Tyler ({{pid|12.03.16}}) was at school.",
    "He was born {{pid|February 4, 2017}}.",
    "Summer (DOB {{pid|02/05/2017}}) and Jack (DOB {{pid|19/01/2020}}) have moved.",
    "Jack's date of birth, which is {{pid|02/05/2017}}, is on file.",
    "Date of Birth - {{pid|1st of March 2016}}",
    "DOB {{pid|2016-03-01}}",
    // A month and year after "born in"; rows opening with a month and year, or recording a "birth of".
    "Her brother Corran was born in {{pid|October 2016}}.",
    "Chronology\n{{pid|October 2016}} – Corran born.",
    "{{pid|05/03/2021}} – Birth of half-sister Pippa.",
    // A family table without a header: name, relationship, date.
    "Family members\nCorran Ashby      brother     {{pid|14/02/2015}}\nPippa Ashby | sister | {{pid|11/09/2018}}",
    "DOB/age: {{pid|14/06/2015}} (9)",
    "Date of birth (age): {{pid|03/11/2009}} (15)",
    "Kacper was born on Tuesday, {{pid|4 May 2017}}.",
    "Baby J was born to Ms Carter at Northam General on {{pid|2 July 2025}}.",
    "Name\tRelationship\tDOB\nKerry Smith\tMother\t{{pid|01/02/1990}}\nLola Smith\tSubject\t{{pid|09/09/2012}}",
    "Name | DOB | School\nJay Cole | {{pid|03/04/2015}} | Fairfield",
    // Dates listed after a date of birth are dates of birth too.
    "Bo and Cy were born on {{pid|2 May 2014}} and {{pid|9 June 2016}} respectively.",
    "The carers (dates of birth {{pid|1 January 1990}} and {{pid|2 February 1992}}) came.",
    "DOBs: {{pid|01/02/2010}}, {{pid|03/04/2012}} & {{pid|05/06/2014}}",
    "His date of birth is recorded as both {{pid|3/4/2012}} and {{pid|4/3/2012}}.",
    "d/o/b {{pid|3 Mar 15}}",
    "Born: {{pid|March 2015}}.",
    "Pip was born at 32 weeks on {{pid|4 June 2019}}.",
    // A date of birth written again elsewhere is the same identifier.
    "Tam (DOB {{pid|12/03/2018}}) moved. On {{pid|12 March 2018}} Tam was born; on 12/03/2025 we met.",
    // A list of full names, each with a date in brackets.
    "Children: Oskar Brill ({{pid|03/05/2011}}), Lena Brill ({{pid|19/08/2014}})",
    "Rae Vonn ({{pid|03/05/2011}}) and Tye Vonn ({{pid|27/01/2018}}) attend.",
    "Child: Rae Vonn ({{pid|03/05/2011}})",
    // A police list, one person a line, surname in capitals first.
    "Persons present\nVONN, Rae ({{pid|03/05/1991}}) – occupier\nQUILL, Jo ({{pid|27/01/1988}}) – partner, suspect",
    "Kit was born on {{pid|2 May 2014}}; the visit was on 9 June 2016.",
    // Days written as words, and dates of birth in table cells with an age.
    "He was born on {{pid|the third of March 2015}}.",
    "Date of birth: {{pid|twenty-first June 2016}}",
    "Name\tDOB / age\nJo Quill\t{{pid|03/03/2016}} (9)\nAl Quill\t(7) {{pid|04/04/2018}}",
    "Name | Age (DOB) | School\nJo Quill | 9 ({{pid|03/03/2016}}) | Oak",
  ],
  [
    // An event row with no relationship in it, and a month after "in" that is no birth.
    "Meetings\nCore Group      review      14/02/2025",
    "Core Group (14/02/2025)\nChild Protection Review (03/03/2025)",
    "VONN, Rae (03/05/1991) – occupier",
    "She moved in March 2019 to Leeds.",
    "Date and time of visit: 18/04/2025, 16:00 to 17:15",
    // A dated line that records no birth stays a chronology date.
    "17/02/2022: Ella-Rose started at North Primary.",
    "12/03/2024 | Referral from school | CSC",
    "Mum was born in 1985 in Leeds.",
    "DOB: 31/02/2015 is not a real date.",
    "The baby is due on 9 February 2026.",
    "An unborn baby is due 01/03/2026.",
    "A newborn 01/03/2026 check.",
    "Date: 11/06/2025",
    "Date\tEvent\n11/06/2025\tHome visit",
    "Her date of birth is not known; the visit was on 4 May 2025.",
    "Dad was born.\n12/03/2020: visit.",
    "Plan b. 12 months on",
    "Mum was born in Poland and moved here on 01/09/2015.",
    "He was born prematurely and stayed in hospital until 4 May 2017.",
    "Dad was born in Leeds, moved on 01/09/2015.",
    "He was born on 3 March 15 minutes after midnight.",
    "Dad was born in Leeds in March 2015 we met.",
    "Strategy Meeting (02/11/2025), Review Conference (14/01/2026)",
    "Rae Vonn (03/05/2011) came to the office.",
    // …but a recent date in brackets after a name is a meeting or a call.
    "Date: 03/03/2025\nCall with Rae Vonn (01/03/2024) about the plan.",
    "Visit on 3 March 2025. Tyler (12.03.23) was at school.",
    "Minutes\na. 10/03/2025 Strategy meeting\nb. 12/03/2025 Conference",
    "Since Kit was born, on 12/03/2025 we visited.",
    "Born on the first day at school, on the second of May 2015 he fell.",
    "Name | Age | Visit\nJo Quill | 9 (03/03/2016) | Oak",
  ],
);

describe("date-of-birth dates", () => {
  it("are parsed so an age can be worked out", () => {
    const [m] = detectIdentifiers("Date of birth: 4 February 2017");
    expect(m.date).toEqual({ year: 2017, month: 2, day: 4 });
    expect(detectIdentifiers("DOB 3/11/14")[0].date).toEqual({ year: 2014, month: 11, day: 3 });
    expect(detectIdentifiers("Mum (b. 5/6/85)")[0].date).toEqual({ year: 1985, month: 6, day: 5 });
    expect(detectIdentifiers("born Sept 30, 2019")[0].date).toEqual({ year: 2019, month: 9, day: 30 });
  });
});

describe("an assessed or claimed date of birth (set 6)", () => {
  it.each([
    ["Date of birth (as assessed): 01/01/2009", "01/01/2009"],
    ["DOB (claimed) 14/06/2009; age assessment due", "14/06/2009"],
    ["Date of birth (disputed): 03/03/2008", "03/03/2008"],
    ["DOB estimated as 1 January 2011 by the local authority.", "1 January 2011"],
  ])("%s", (text, date) => {
    const found = detectIdentifiers(text).filter((m) => m.kind === "date of birth");
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([date]);
  });
});
