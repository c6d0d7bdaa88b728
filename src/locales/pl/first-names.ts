import type { Gender } from '../../speakers/locale.js';

const male = [
  'Adam', 'Adrian', 'Aleksander', 'Aleksiej', 'Andrzej', 'Antoni', 'Arkadiusz', 'Artur', 'Bartłomiej', 'Bartosz',
  'Bogdan', 'Bogusław', 'Bolesław', 'Borys', 'Cezary', 'Czesław', 'Damian', 'Daniel', 'Dariusz', 'Dawid', 'Dmitrij',
  'Donald', 'Dominik', 'Edward', 'Emil', 'Emmanuel', 'Eugeniusz', 'Filip', 'Franciszek', 'Fryderyk', 'Gabriel',
  'Grzegorz', 'Henryk', 'Hubert', 'Ignacy', 'Igor', 'Ireneusz', 'Jacek', 'Jakub', 'Jan', 'Janusz', 'Jarosław', 'Jerzy',
  'Joachim', 'Józef', 'Julian', 'Juliusz', 'Kacper', 'Kamil', 'Karol', 'Kazimierz', 'Konrad', 'Krystian', 'Krzysztof',
  'Leszek', 'Ludwik', 'Łukasz', 'Maciej', 'Maksymilian', 'Marcin', 'Marek', 'Marian', 'Mariusz', 'Mateusz', 'Michał',
  'Mieczysław', 'Mikołaj', 'Mirosław', 'Nicolas', 'Norbert', 'Olaf', 'Oskar', 'Patryk', 'Paweł', 'Piotr', 'Przemysław',
  'Radosław', 'Rafał', 'Robert', 'Roman', 'Ryszard', 'Sebastian', 'Siergiej', 'Sławomir', 'Stanisław', 'Stefan',
  'Szymon', 'Tadeusz', 'Tomasz', 'Waldemar', 'Wiesław', 'Witold', 'Władysław', 'Włodzimierz', 'Wojciech', 'Wołodymyr',
  'Zbigniew', 'Zdzisław', 'Zenon', 'Zygmunt', 'Joe', 'Friedrich', 'Benjamin', 'Recep', 'Xi', 'Kim', 'Narendra',
  'Viktor', 'Giorgia', 'Pedro', 'Keir', 'Rishi', 'Ołeksandr', 'Dmytro', 'Andrij', 'Witalij', 'Walerij',
  'Aleksiej', 'Jewgienij', 'Nikołaj', 'Anatolij', 'Wasyl', 'Petro', 'Rustem', 'Mark', 'Marco',
];
const female = [
  'Agata', 'Agnieszka', 'Aleksandra', 'Alicja', 'Aneta', 'Anna', 'Barbara', 'Beata', 'Bożena', 'Danuta', 'Dominika',
  'Dorota', 'Edyta', 'Elżbieta', 'Emilia', 'Ewa', 'Ewelina', 'Grażyna', 'Halina', 'Hanna', 'Helena', 'Irena', 'Iwona',
  'Izabela', 'Jadwiga', 'Janina', 'Joanna', 'Jolanta', 'Julia', 'Justyna', 'Kamila', 'Karolina', 'Katarzyna', 'Kinga',
  'Klaudia', 'Krystyna', 'Lena', 'Lidia', 'Magdalena', 'Małgorzata', 'Maria', 'Marianna', 'Marta', 'Marzena', 'Monika',
  'Natalia', 'Olga', 'Patrycja', 'Paulina', 'Renata', 'Sylwia', 'Teresa', 'Urszula', 'Wanda', 'Weronika', 'Wiktoria',
  'Zofia', 'Żaneta', 'Ursula', 'Kamala', 'Giorgia', 'Kaja', 'Roberta', 'Annalena', 'Angela', 'Hillary', 'Julija',
  'Swiatłana', 'Olena', 'Iryna', 'Tatiana', 'Maja', 'Zuzanna', 'Oliwia', 'Amelia', 'Nina', 'Liliana', 'Gabriela',
];

/** Common first names of Polish news, in the nominative, with the gender they tell. */
export const firstNames: Record<string, Gender> = Object.fromEntries([
  ...male.map((n) => [n.toLowerCase(), 'm' as Gender]),
  ...female.map((n) => [n.toLowerCase(), 'f' as Gender]),
]);
