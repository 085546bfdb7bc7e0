export * from './version';
export * from './leefgebiedenkaart';
export * from './vragenlijst';
export * from './archive';
export * from './lookup';
export * from './plan';
