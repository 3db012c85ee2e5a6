export * from "../../people/name-lexicon";
