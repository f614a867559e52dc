import { addDays, format, differenceInCalendarDays, parseISO, isLeapYear, formatDistanceStrict } from 'date-fns';
const base = parseISO('2024-02-28T00:00:00Z');
console.log(format(new Date(2024, 0, 15, 9, 30), "yyyy-MM-dd'T'HH:mm EEEE"), isLeapYear(base), differenceInCalendarDays(new Date(2024, 2, 1), new Date(2024, 1, 1)));
console.log(format(addDays(new Date(2024, 1, 28), 2), 'PPP'), formatDistanceStrict(new Date(2024, 0, 1), new Date(2024, 0, 11)));
