export * from "../../people/cues";
