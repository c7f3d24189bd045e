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
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x46 (* ?x28 log!10)))
 (let ((?x26 (* z log!3)))
 (let ((?x47 (+ ?x26 ?x46)))
 (let ((?x48 (- ?x47)))
 (or (and (distinct ?x48 ?x48) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> p 0.0) (= exp!1 p)))
(assert
 (= (< log!10 log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 log!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- p)) 0.0) (= exp!2 (+ 1.0 (- p)))))
(check-sat)
(pop 1)
