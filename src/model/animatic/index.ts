export * from './timeline';
export * from './cameraMove';
export * from './sound';
