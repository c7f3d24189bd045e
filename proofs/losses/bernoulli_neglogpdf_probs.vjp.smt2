; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(declare-fun z () Real)
(declare-fun log!10 () Real)
(declare-fun log!3 () Real)
(declare-fun g () Real)
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
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (< 0.0 p))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x14 (* p ?x12)))
 (let (($x21 (= 0.0 ?x14)))
 (not $x21))))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x66 (/ 0.0 ?x12)))
 (let ((?x23 (- z)))
 (let ((?x29 (+ 1.0 ?x23)))
 (let ((?x67 (* ?x29 ?x66)))
 (let ((?x65 (- log!10)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x62 (/ 0.0 p)))
 (let ((?x63 (* z ?x62)))
 (let ((?x64 (+ log!3 ?x63)))
 (let ((?x69 (+ ?x64 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x71 (* g ?x70)))
 (let ((?x59 (- log!3)))
 (let ((?x60 (+ log!10 ?x59)))
 (let ((?x61 (* g ?x60)))
 (let ((?x31 (/ (- 1.0) ?x12)))
 (let ((?x32 (* ?x29 ?x31)))
 (let ((?x27 (/ 1.0 p)))
 (let ((?x28 (* z ?x27)))
 (let ((?x33 (+ ?x28 ?x32)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* g ?x34)))
 (let ((?x14 (* p ?x12)))
 (let ((?x24 (+ p ?x23)))
 (let ((?x25 (* g ?x24)))
 (let ((?x26 (/ ?x25 ?x14)))
 (or (and (distinct ?x26 ?x35) true) (and (distinct ?x61 ?x71) true)))))))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> log!10 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- p)) 0.0) (= exp!0 (+ 1.0 (- p)))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (let (($x57 (= exp!1 p)))
(=> (> p 0.0) $x57)))
(check-sat)
(pop 1)
