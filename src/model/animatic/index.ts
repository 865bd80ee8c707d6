export * from './timeline';
export * from './cameraMove';
