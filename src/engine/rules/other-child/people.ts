export * from "../../people/people";
