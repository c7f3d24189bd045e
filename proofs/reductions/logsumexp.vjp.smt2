; certjax: rule reductions.logsumexp, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun g () Real)
(declare-fun exp!5 () Real)
(declare-fun |x[0]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let (($x90 (= 0.0 ?x86)))
 (not $x90))))))))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x58 (+ ?x36 ?x57)))
 (let ((?x85 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x86 (+ ?x85 ?x58)))
 (let ((?x143 (/ ?x85 ?x86)))
 (let ((?x144 (* g ?x143)))
 (let ((?x141 (/ ?x85 exp!5)))
 (let ((?x142 (* g ?x141)))
 (or (and (distinct (* g (/ ?x36 exp!5)) (* g (/ ?x36 ?x86))) true) (and (distinct (* g (/ ?x57 exp!5)) (* g (/ ?x57 ?x86))) true) (and (distinct ?x142 ?x144) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |x[0]|)))
(assert
 (= (< sg!7 |x[0]|) (< exp!2 exp!1)))
(assert
 (= (< |x[0]| sg!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!7)))
(assert
 (= (< |x[1]| |x[0]|) (< exp!3 exp!1)))
(assert
 (= (< |x[0]| |x[1]|) (< exp!1 exp!3)))
(assert
 (= (< |x[1]| sg!7) (< exp!3 exp!2)))
(assert
 (= (< sg!7 |x[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[1]|)))
(assert
 (= (< |x[2]| |x[0]|) (< exp!4 exp!1)))
(assert
 (= (< |x[0]| |x[2]|) (< exp!1 exp!4)))
(assert
 (= (< |x[2]| sg!7) (< exp!4 exp!2)))
(assert
 (= (< sg!7 |x[2]|) (< exp!2 exp!4)))
(assert
 (= (< |x[2]| |x[1]|) (< exp!4 exp!3)))
(assert
 (= (< |x[1]| |x[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |x[2]|)))
(assert
 (= (< log!18 |x[0]|) (< exp!5 exp!1)))
(assert
 (= (< |x[0]| log!18) (< exp!1 exp!5)))
(assert
 (= (< log!18 sg!7) (< exp!5 exp!2)))
(assert
 (= (< sg!7 log!18) (< exp!2 exp!5)))
(assert
 (= (< log!18 |x[1]|) (< exp!5 exp!3)))
(assert
 (= (< |x[1]| log!18) (< exp!3 exp!5)))
(assert
 (= (< log!18 |x[2]|) (< exp!5 exp!4)))
(assert
 (= (< |x[2]| log!18) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!18 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!18)))
(assert
 (let ((?x57 (/ (* 1.0 exp!3) exp!2)))
(let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x58 (+ ?x36 ?x57)))
(let ((?x85 (/ (* 1.0 exp!4) exp!2)))
(let ((?x86 (+ ?x85 ?x58)))
(=> (> ?x86 0.0) (= exp!5 ?x86))))))))
(check-sat)
(pop 1)
