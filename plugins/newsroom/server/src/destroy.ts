const destroy = (): void => {};

export default destroy;
