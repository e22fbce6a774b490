import { useEnglishMessages } from "./cli/english-messages";

// Tests assert the messages the CLI prints, so they run with the CLI's English zod messages.
useEnglishMessages();
