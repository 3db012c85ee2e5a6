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
    "He was born {{pid|February 4, 2017}}.",
    "Summer (DOB {{pid|02/05/2017}}) and Jack (DOB {{pid|19/01/2020}}) have moved.",
    "Jack's date of birth, which is {{pid|02/05/2017}}, is on file.",
    "Date of Birth - {{pid|1st of March 2016}}",
    "DOB {{pid|2016-03-01}}",
    "DOB/age: {{pid|14/06/2015}} (9)",
    "Date of birth (age): {{pid|03/11/2009}} (15)",
    "Kacper was born on Tuesday, {{pid|4 May 2017}}.",
    "Baby J was born to Ms Carter at Northam General on {{pid|2 July 2025}}.",
    "Name\tRelationship\tDOB\nKerry Smith\tMother\t{{pid|01/02/1990}}\nLola Smith\tSubject\t{{pid|09/09/2012}}",
    "Name | DOB | School\nJay Cole | {{pid|03/04/2015}} | Fairfield",
  ],
  [
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
