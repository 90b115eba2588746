// The parts of Phaser 4 the game uses, for the built game (vite.config.ts points `phaser` here
// when building; `npm run dev` keeps the full library). Phaser's own build is 1.4 MB with physics,
// tilemaps, particles, sound, loaders and more; this is about half, and the title comes sooner on
// every phone. The namespace holds what src/ uses as values; the factories register
// `this.add.…` and `this.make.…`, the plugin modules register `this.time`, `this.tweens` and the
// cameras. A new kind of game object or plugin must be added here too
// (tests/game/phaserSlim.test.ts checks the ones the code asks for).
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

// first: the WebGL render nodes require each other in a ring, and only this way in resolves it
// (as Phaser's own build does)
require('phaser-src/renderer');

var Phaser = {
    Cameras: { Scene2D: require('phaser-src/cameras/2d') },
    Core: require('phaser-src/core'),
    Class: require('phaser-src/utils/Class'),
    Data: require('phaser-src/data'),
    Events: require('phaser-src/events'),
    Game: require('phaser-src/core/Game'),
    GameObjects: {
        DisplayList: require('phaser-src/gameobjects/DisplayList'),
        GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
        GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
        UpdateList: require('phaser-src/gameobjects/UpdateList'),
        GameObject: require('phaser-src/gameobjects/GameObject'),
        Container: require('phaser-src/gameobjects/container/Container'),
        Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
        Text: require('phaser-src/gameobjects/text/Text'),
        GetTextSize: require('phaser-src/gameobjects/text/GetTextSize'),
        Factories: {
            Container: require('phaser-src/gameobjects/container/ContainerFactory'),
            Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
            Text: require('phaser-src/gameobjects/text/TextFactory')
        },
        Creators: {
            Container: require('phaser-src/gameobjects/container/ContainerCreator'),
            Graphics: require('phaser-src/gameobjects/graphics/GraphicsCreator'),
            Text: require('phaser-src/gameobjects/text/TextCreator')
        }
    },
    Scale: require('phaser-src/scale'),
    Scene: require('phaser-src/scene/Scene'),
    Scenes: require('phaser-src/scene'),
    Time: require('phaser-src/time'),
    Tweens: require('phaser-src/tweens')
};

module.exports = Extend(false, Phaser, CONST);
