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
 (let ((?x76 (/ 0.0 ?x12)))
 (let ((?x23 (- z)))
 (let ((?x60 (+ 1.0 ?x23)))
 (let ((?x77 (* ?x60 ?x76)))
 (let ((?x75 (- log!10)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x72 (/ 0.0 p)))
 (let ((?x73 (* z ?x72)))
 (let ((?x74 (+ log!3 ?x73)))
 (let ((?x79 (+ ?x74 ?x78)))
 (let ((?x80 (- ?x79)))
 (let ((?x81 (* g ?x80)))
 (let ((?x69 (- log!3)))
 (let ((?x70 (+ log!10 ?x69)))
 (let ((?x71 (* g ?x70)))
 (let ((?x62 (/ (- 1.0) ?x12)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (* log!10 0.0)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x39 (/ 1.0 p)))
 (let ((?x40 (* z ?x39)))
 (let ((?x38 (* log!3 0.0)))
 (let ((?x41 (+ ?x38 ?x40)))
 (let ((?x65 (+ ?x41 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* g ?x66)))
 (let ((?x14 (* p ?x12)))
 (let ((?x24 (+ p ?x23)))
 (let ((?x25 (* g ?x24)))
 (let ((?x26 (/ ?x25 ?x14)))
 (or (and (distinct ?x26 ?x67) true) (and (distinct ?x71 ?x81) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (let (($x36 (= exp!1 p)))
 (=> (> p 0.0) $x36)))
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
