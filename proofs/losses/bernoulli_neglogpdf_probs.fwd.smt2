; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(declare-fun log!10 () Real)
(declare-fun z () Real)
(declare-fun log!3 () Real)
(declare-fun exp!0 () Real)
(declare-fun exp!1 () Real)
(assert
 (let (($x9 (> 1.0 p)))
 (let (($x7 (< 0.0 p)))
 (and $x7 $x9))))
(assert
 (< 0.0 p))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (< 0.0 p))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x27 (- z)))
 (let ((?x28 (+ 1.0 ?x27)))
 (let ((?x40 (* ?x28 log!10)))
 (let ((?x26 (* z log!3)))
 (let ((?x41 (+ ?x26 ?x40)))
 (let ((?x42 (- ?x41)))
 (or (and (distinct ?x42 ?x42) true)))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> log!3 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 log!3)))
(assert
 (=> (> p 0.0) (= exp!0 p)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- p)) 0.0) (= exp!1 (+ 1.0 (- p)))))
(check-sat)
(pop 1)
